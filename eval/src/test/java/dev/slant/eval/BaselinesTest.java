package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.lexicon.Category;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    private static final Analyzer ANALYZER = Datasets.standardAnalyzer();
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
}
