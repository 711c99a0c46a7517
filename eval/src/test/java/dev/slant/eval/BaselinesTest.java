package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    private static final Analyzer ANALYZER = Datasets.standardAnalyzer();
    private static final BiasPredictor RULE = LoadedTermBiasRule.defaults(ANALYZER);

    @Test
    void loadedTermRuleCountsStronglyValencedTermsOfItsCategories() {
        String sentence = "The brutal regime attacked the peaceful town.";
        BiasPredictor.Prediction prediction = RULE.predict(sentence);
        assertTrue(prediction.biased());
        assertTrue(words(sentence, prediction).stream().anyMatch(w -> w.contains("brutal")), prediction.toString());
        assertFalse(RULE.predict("The council met on Tuesday.").biased());
        BiasPredictor strict = new LoadedTermBiasRule(ANALYZER,
                new LoadedTermBiasRule.Settings(0.5, 2, true, true, 1, 1, false, 1, 10));
        assertFalse(strict.predict(sentence).biased());
    }

    @Test
    void loadedTermRuleLeavesTheWordsOfADirectQuotationToTheirSpeaker() {
        String sentence = "\"The brutal regime must go,\" the minister said.";
        BiasPredictor.Prediction prediction = RULE.predict(sentence);
        assertFalse(prediction.biased(), prediction.toString());
        assertFalse(words(sentence, prediction).stream().anyMatch(w -> w.contains("brutal")), prediction.toString());
    }

    @Test
    void loadedTermRuleCountsReportingCuesThatJudgeWhatWasSaid() {
        String sentence = "The senator claimed the bill would help farmers.";
        BiasPredictor.Prediction prediction = RULE.predict(sentence);
        assertTrue(prediction.biased(), prediction.toString());
        assertEquals(List.of("claimed"), words(sentence, prediction));
    }

    @Test
    void loadedTermRuleWeighsMarksOfArgumentAgainstPlainAttributionAndNumbers() {
        assertTrue(RULE.predict("Why would anyone trust them with our money?").biased());
        assertFalse(RULE.predict("The company said it sold 4,000 cars in May.").biased());
        String adverb = "The plan dramatically changes the tax code.";
        BiasPredictor.Prediction prediction = RULE.predict(adverb);
        assertTrue(prediction.biased(), prediction.toString());
        assertEquals(List.of("dramatically"), words(adverb, prediction));
    }

    private static List<String> words(String sentence, BiasPredictor.Prediction prediction) {
        return prediction.loadedSpans().stream().map(span -> span.textOf(sentence)).toList();
    }
}
