package dev.slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicon.LexiconException;
import dev.slant.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetModelTest {
    private static final int N = TargetFeatures.NAMES.size();

    /** A model that reads only the rules' score: negative below 0, positive above. */
    private static TargetModel followsTheScore() {
        double[] mean = new double[N];
        double[] deviation = new double[N];
        Arrays.fill(deviation, 1);
        double[] negative = new double[N + 1];
        double[] neutral = new double[N + 1];
        negative[0] = -10; // target_score
        neutral[N] = -6; // neutral only when nothing else is likely
        return TargetModel.of("test", mean, deviation, negative, neutral);
    }

    private static double[] withScore(double score) {
        double[] x = new double[N];
        x[0] = score;
        return x;
    }

    @Test
    void probabilitiesFollowTheWeightsAndSumToOne() {
        TargetModel model = followsTheScore();
        double[] low = model.probabilities(withScore(-0.8));
        double[] high = model.probabilities(withScore(0.8));
        assertEquals(1, low[0] + low[1] + low[2], 1e-12);
        assertTrue(low[0] > 0.99, Arrays.toString(low));
        assertTrue(high[2] > 0.99, Arrays.toString(high));
    }

    @Test
    void applyingRelabelsButKeepsTheEvidence() {
        Evidence word = new Evidence(new Span(10, 16), "brutal", -0.4);
        TargetSentiment rules = new TargetSentiment(new Target(0, 5), SentimentLabel.NEUTRAL, -0.05, List.of(word),
                Optional.empty());
        TargetSentiment learned = followsTheScore().apply(rules, withScore(-0.5));
        assertEquals(SentimentLabel.NEGATIVE, learned.label());
        assertTrue(learned.score() < -0.9, "score " + learned.score());
        assertEquals(List.of(word), learned.evidence());
        TargetSentiment invalid = TargetSentiment.invalid(new Target(3, 3), "target is empty");
        assertSame(invalid, followsTheScore().apply(invalid, new double[N]));
    }

    @Test
    void aWrittenModelReadsBackTheSame() {
        TargetModel model = followsTheScore();
        String file = model.format(List.of("a comment"));
        TargetModel read = TargetModel.parse("model.tsv", file);
        for (double score : new double[] {-0.7, 0, 0.3}) {
            assertEquals(Arrays.toString(model.probabilities(withScore(score))),
                    Arrays.toString(read.probabilities(withScore(score))));
        }
        assertEquals(file.substring(file.indexOf('\n') + 1), read.format(List.of()));
    }

    @Test
    void aBadFileFailsWithItsLineAndColumn() {
        String good = followsTheScore().format(List.of("comment"));
        String badNumber = good.replace("target_score\t0.0\t1.0\t-10.0", "target_score\t0.0\t1.0\tminus ten");
        LexiconException number = assertThrows(LexiconException.class, () -> TargetModel.parse("m.tsv", badNumber));
        assertTrue(number.getMessage().contains("m.tsv:3:22"), number.getMessage());
        assertTrue(number.getMessage().contains("expected a finite number for negative"), number.getMessage());

        String zeroDeviation = good.replace("target_score\t0.0\t1.0", "target_score\t0.0\t0.0");
        LexiconException deviation = assertThrows(LexiconException.class, () -> TargetModel.parse("m.tsv", zeroDeviation));
        assertTrue(deviation.getMessage().contains("m.tsv:3:18: expected a deviation above 0"), deviation.getMessage());

        String renamed = good.replace("evidence_pos", "evidence_positive");
        LexiconException row = assertThrows(LexiconException.class, () -> TargetModel.parse("m.tsv", renamed));
        assertTrue(row.getMessage().contains("m.tsv:4:1: expected the row 'evidence_pos'"), row.getMessage());

        LexiconException header = assertThrows(LexiconException.class,
                () -> TargetModel.parse("m.tsv", good.replace("deviation", "sd")));
        assertTrue(header.getMessage().contains("m.tsv:2:1: expected the header"), header.getMessage());

        LexiconException short_ = assertThrows(LexiconException.class,
                () -> TargetModel.parse("m.tsv", good.substring(0, good.indexOf("bias"))));
        assertTrue(short_.getMessage().contains("found " + (N + 1) + " rows"), short_.getMessage());
    }

    @Test
    void coreShipsNoModelOfItsOwn() {
        assertEquals(Optional.empty(), TargetModel.bundled()); // the lexicons module ships it
    }
}
