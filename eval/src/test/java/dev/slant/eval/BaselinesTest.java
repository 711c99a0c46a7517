package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.lexicon.Category;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    private static final Analyzer ANALYZER = Datasets.standardAnalyzer();
    private static final ReportingCueBaseline CUES = ReportingCueBaseline.withBundledCues();

    private static String text(String text, int start, int end) {
        return start < 0 ? "" : text.substring(start, end);
    }

    private static PredictedAttribution only(String text) {
        List<PredictedAttribution> found = CUES.predict(text);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void findsTheNameBeforeAnApposition() {
        String text = "Peskov, the Kremlin spokesman, said the talks went well.";
        PredictedAttribution a = only(text);
        assertEquals("said", text(text, a.cueStart(), a.cueEnd()));
        assertEquals("Peskov", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals("the talks went well", text(text, a.contentStart(), a.contentEnd()));
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
    void joinsAQuotationSplitByItsAttribution() {
        String text = "\"We are ready,\" he said. \"The talks start today.\"";
        PredictedAttribution a = only(text);
        assertEquals("he", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals(text, text(text, a.contentStart(), a.contentEnd()));
    }

    @Test
    void findsTheSourceAfterAccordingToAndReportsNoneWhenThereIsNone() {
        String text = "The vote failed, according to the Herald.";
        PredictedAttribution a = only(text);
        assertEquals("the Herald", text(text, a.sourceStart(), a.sourceEnd()));
        assertEquals("The vote failed", text(text, a.contentStart(), a.contentEnd()));
        String passive = "It was reported that the vote failed.";
        assertFalse(only(passive).hasSource());
    }

    @Test
    void skipsCuesThatReadAsNounsOrThoughts() {
        assertEquals(List.of(), CUES.predict("The report from the United States was long."));
        assertEquals(List.of(), CUES.predict("I think the plan works."));
    }

    @Test
    void anyTextGivesAnAnswerWithoutThrowing() {
        for (String text : List.of("", "said", "\"", "according to", ":said:", "\u0000\uD800 says")) {
            for (PredictedAttribution a : CUES.predict(text)) {
                assertTrue(a.cueEnd() <= text.length() && a.contentEnd() <= text.length(), text);
            }
        }
    }

    @Test
    void loadedTermRuleCountsStronglyValencedTermsOfItsCategories() {
        String sentence = "The brutal regime attacked the peaceful town.";
        BiasPredictor.Prediction prediction = LoadedTermBiasRule.defaults(ANALYZER).predict(sentence);
        assertTrue(prediction.biased());
        assertTrue(prediction.loadedSpans().stream().anyMatch(s -> s.textOf(sentence).contains("brutal")),
                prediction.toString());
        assertFalse(LoadedTermBiasRule.defaults(ANALYZER).predict("The council met on Tuesday.").biased());
        BiasPredictor strict = new LoadedTermBiasRule(ANALYZER, EnumSet.of(Category.SUBJECTIVE), 0.5, 10);
        assertFalse(strict.predict(sentence).biased());
    }

    @Test
    void lexiconValenceIsTheMeanOfTheValencedTerms() {
        LexiconValenceBaseline baseline = new LexiconValenceBaseline(ANALYZER, 0.1);
        assertEquals(0.0, baseline.score("The council met on Tuesday."));
        assertTrue(baseline.score("A horrible, brutal massacre.") < -0.5);
        assertTrue(baseline.score("A brilliant, wonderful victory.") > 0.5);
        assertEquals(Polarity.NEUTRAL, baseline.predict("The council met.", 4, 11).polarity());
        assertEquals(Polarity.POSITIVE, baseline.predict("A brilliant coach.", 12, 17).polarity());
    }
}
