package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlantAttributionsTest {
    private static final SlantAttributions ATTRIBUTIONS = new SlantAttributions(Datasets.standardAnalyzer());

    private static String text(String text, int start, int end) {
        return start < 0 ? "" : text.substring(start, end);
    }

    private static PredictedAttribution only(String text) {
        List<PredictedAttribution> found = ATTRIBUTIONS.predict(text);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void theSourceKeepsItsAppositionAndTheContentFollowsTheCue() {
        String text = "Peskov, the Kremlin spokesman, said the talks went well.";
        PredictedAttribution a = only(text);
        assertEquals("said", text(text, a.cueStart(), a.cueEnd()));
        assertEquals("Peskov, the Kremlin spokesman", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals("the talks went well", text(text, a.contentStart(), a.contentEnd()));
        assertTrue(a.speakerKnown());
    }

    @Test
    void takesTheQuotationBeforeASpeakerAndTheAuxiliaryIntoTheCue() {
        String text = "\"We are ready to talk,\" Mr. Lavrov has said.";
        PredictedAttribution a = only(text);
        assertEquals("has said", text(text, a.cueStart(), a.cueEnd()));
        assertEquals("Mr. Lavrov", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals("\"We are ready to talk,\"", text(text, a.contentStart(), a.contentEnd()));
    }

    @Test
    void aSplitQuotationIsOneAttributionSpanningBothParts() {
        String text = "\"We are ready,\" he said. \"The talks start today.\"";
        PredictedAttribution a = only(text);
        assertEquals("he", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals(text, text(text, a.contentStart(), a.contentEnd()));
        assertFalse(a.speakerKnown(), "a pronoun with no antecedent");
    }

    @Test
    void findsTheSourceAfterAccordingToAndReportsNoneWhenThereIsNone() {
        String text = "The vote failed, according to the Herald.";
        PredictedAttribution a = only(text);
        assertEquals("the Herald", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals("The vote failed", text(text, a.contentStart(), a.contentEnd()));
        PredictedAttribution passive = only("It was reported that the vote failed.");
        assertFalse(passive.hasSource());
        assertFalse(passive.speakerKnown());
    }

    @Test
    void skipsCueWordsThatReadAsNouns() {
        assertEquals(List.of(), ATTRIBUTIONS.predict("The report from the United States was long."));
    }

    @Test
    void anyTextGivesAnAnswerWithoutThrowing() {
        for (String text : List.of("", "said", "\"", "according to", ":said:", "\u0000\uD800 says")) {
            for (PredictedAttribution a : ATTRIBUTIONS.predict(text)) {
                assertTrue(a.cueEnd() <= text.length() && a.contentEnd() <= text.length(), text);
            }
        }
    }
}
