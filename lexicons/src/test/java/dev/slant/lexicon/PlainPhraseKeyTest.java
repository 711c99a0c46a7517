package dev.slant.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicons.BundledLexicons;
import org.junit.jupiter.api.Test;

/** The short cut for phrases of plain words keys every bundled phrase as the tokenizer does. */
class PlainPhraseKeyTest {
    @Test
    void everyBundledPhraseGetsTheTokenizersKey() {
        BundledLexicons provider = new BundledLexicons();
        int phrases = 0;
        for (String name : provider.names()) {
            for (LexiconEntry entry : provider.load(name).entries()) {
                assertEquals(PhraseKey.scanned(entry.phrase()), PhraseKey.of(entry.phrase()),
                        () -> name + ": " + entry.phrase());
                phrases++;
            }
        }
        assertTrue(phrases > 10_000, "the bundled packs hold " + phrases + " phrases");
    }
}
