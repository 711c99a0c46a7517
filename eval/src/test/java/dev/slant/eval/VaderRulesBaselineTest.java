package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import org.junit.jupiter.api.Test;

class VaderRulesBaselineTest {
    private static final VaderRulesBaseline BASELINE = new VaderRulesBaseline();

    @Test
    void theSentencesValenceIsEveryTargetsLabel() {
        String text = "The mayor thanked the wonderful volunteers, but the brutal regime killed protesters.";
        TargetSentimentPredictor.Prediction mayor = BASELINE.predict(text, 4, 9);
        TargetSentimentPredictor.Prediction regime = BASELINE.predict(text, text.indexOf("regime"),
                text.indexOf("regime") + 6);
        assertEquals(mayor, regime); // one judgement for the whole sentence, whoever the target
        assertEquals(BASELINE.score(text), mayor.score());
    }

    @Test
    void vadersThresholdsLabelTheScore() {
        assertEquals(Polarity.POSITIVE, BASELINE.predict("What a wonderful, generous gift.", 7, 16).polarity());
        assertEquals(Polarity.NEGATIVE, BASELINE.predict("It was not good at all; it was awful.", 0, 2).polarity());
        assertEquals(Polarity.NEUTRAL, BASELINE.predict("The council met on Tuesday.", 4, 11).polarity());
        assertTrue(Math.abs(BASELINE.score("The council met on Tuesday.")) < VaderRulesBaseline.THRESHOLD);
    }

    @Test
    void theHarnessNamesItsSentimentPredictors() {
        Analyzer analyzer = Datasets.standardAnalyzer();
        for (String predictor : Datasets.SENTIMENT_PREDICTORS) {
            assertEquals("newsmtsc", Datasets.named("newsmtsc", analyzer, predictor).name());
        }
        assertThrows(IllegalArgumentException.class, () -> Datasets.named("nyt", analyzer, "bert"));
    }
}
