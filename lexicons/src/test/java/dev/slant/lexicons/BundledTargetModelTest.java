package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.sentiment.SentimentLabel;
import dev.slant.sentiment.Target;
import dev.slant.sentiment.TargetModel;
import dev.slant.sentiment.TargetSentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model trained on NewsMTSC ships in this module and labels an analyzer's targets. */
class BundledTargetModelTest {
    private static final String TEXT = "Critics said the brutal regime crushed the protesters, "
            + "while the mayor praised the volunteers for their wonderful, generous help.";

    private static TargetSentiment target(Analyzer analyzer, String word) {
        int start = TEXT.indexOf(word);
        return analyzer.analyze(Article.of(TEXT).withTargets(List.of(new Target(start, start + word.length()))))
                .targets().get(0);
    }

    @Test
    void theBundledModelReadsAndLabelsTargetsWithTheRulesEvidence() {
        TargetModel model = TargetModel.bundled().orElseThrow();
        Analyzer rules = Slant.analyzer().build();
        Analyzer learned = Slant.analyzer().targetModel(model).build();
        for (String word : List.of("regime", "volunteers", "mayor")) {
            TargetSentiment byRules = target(rules, word);
            TargetSentiment byModel = target(learned, word);
            assertEquals(byRules.evidence(), byModel.evidence(), word);
            assertNotEquals(byRules.score(), byModel.score(), word); // the model's own probabilities
        }
        assertEquals(SentimentLabel.NEGATIVE, target(learned, "regime").label());
        assertEquals(SentimentLabel.POSITIVE, target(learned, "volunteers").label());
        assertTrue(target(learned, "regime").score() < target(learned, "volunteers").score());
    }
}
