package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleMarkersTest {
    private static final Analyzer ANALYZER = Datasets.standardAnalyzer();

    private static StyleMarkers of(String text) {
        return StyleMarkers.of(ANALYZER.structure(text));
    }

    @Test
    void countsTheWritersPronounsQuestionsAndEmphasis() {
        StyleMarkers markers = of("Do you really think we should simply wait?");
        assertEquals(2, markers.writerPresence());
        assertEquals(1, markers.questions());
        assertEquals(2, markers.emphasis());
        assertEquals(0, markers.numbers());
        assertEquals(0, of("The US will send more troops.").writerPresence());
    }

    @Test
    void leavesOutWhatStandsInsideQuotationMarks() {
        StyleMarkers markers = of("\"We will win, won't we?\" he told 300 supporters.");
        assertEquals(0, markers.writerPresence());
        assertEquals(0, markers.questions());
        assertEquals(1, markers.numbers());
    }

    @Test
    void countsDatesAsFactualDetailButNotTheModalMay() {
        StyleMarkers markers = of("The board may vote on Tuesday or in May, officials said today.");
        assertEquals(3, markers.dates());
    }

    @Test
    void findsAdverbsInLyButNotNounsOrNeutralAdverbs() {
        String text = "His family recently and blatantly ignored the supply rules, officials said.";
        StyleMarkers markers = of(text);
        assertEquals(1, markers.lyAdverbs());
        assertEquals(List.of("blatantly"), markers.adverbSpans().stream().map(s -> s.textOf(text)).toList());
    }
}
