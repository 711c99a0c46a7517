package dev.slant.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseKeyTest {
    @Test
    void plainWordsAreFoldedAndCutAtSpaces() {
        assertEquals(List.of("al", "qaeda", "militants"), PhraseKey.of("Al Qaeda MILITANTS").words());
        assertEquals(List.of("i"), PhraseKey.of("I").words());
    }

    @Test
    void theShortCutAgreesWithTheTokenizer() {
        for (String phrase : List.of("foreign backed terrorists", "Mr Putin", "I", "a b c", "Takfiri", "zZ Aa")) {
            assertEquals(PhraseKey.scanned(phrase), PhraseKey.of(phrase), phrase);
        }
    }

    @Test
    void anythingElseGoesThroughTheTokenizer() {
        assertEquals(List.of("so-called"), PhraseKey.of("so-called").words());
        assertEquals(List.of("terrorists"), PhraseKey.of("terrorists'").words());
        assertEquals(List.of("türkiye"), PhraseKey.of("Türkiye's").words());
        assertEquals(List.of("a", "b"), PhraseKey.of("a  b").words());
        assertEquals(List.of("lead"), PhraseKey.of(" lead").words());
    }
}
