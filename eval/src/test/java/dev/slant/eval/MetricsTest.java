package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double EPS = 1e-12;

    @Test
    void prfCountsGivePrecisionRecallAndF1() {
        PrfCounts counts = new PrfCounts(3, 4, 6);
        assertEquals(0.75, counts.precision(), EPS);
        assertEquals(0.5, counts.recall(), EPS);
        assertEquals(0.6, counts.f1(), EPS); // 2 * 0.75 * 0.5 / 1.25
        assertEquals(new PrfCounts(4, 6, 7), counts.plus(new PrfCounts(1, 2, 1)));
    }

    @Test
    void prfCountsAreZeroWhereUndefined() {
        assertEquals(0.0, PrfCounts.ZERO.precision());
        assertEquals(0.0, PrfCounts.ZERO.recall());
        assertEquals(0.0, PrfCounts.ZERO.f1());
        assertThrows(IllegalArgumentException.class, () -> new PrfCounts(3, 2, 5));
    }

    @Test
    void macroF1IsTheMeanOfTheClassesF1() {
        // gold neg: 2 as neg, 1 as neu; gold neu: 1 as neu, 1 as pos; gold pos: 1 as neg, 2 as pos
        ConfusionMatrix matrix = ConfusionMatrix.builder("t", List.of("neg", "neu", "pos"))
                .add("neg", "neg").add("neg", "neg").add("neg", "neu")
                .add("neu", "neu").add("neu", "pos")
                .add("pos", "neg").add("pos", "pos").add("pos", "pos")
                .build();
        // neg: tp 2, predicted 3, gold 3 -> F1 2/3; neu: tp 1, predicted 2, gold 2 -> 1/2;
        // pos: tp 2, predicted 3, gold 3 -> 2/3
        assertEquals((2.0 / 3 + 0.5 + 2.0 / 3) / 3, matrix.macroF1(), EPS);
        assertEquals(5.0 / 8, matrix.accuracy(), EPS);
        assertEquals(8, matrix.total());
        assertEquals(1, matrix.count("pos", "neg"));
        assertTrue(matrix.toText().contains("neg"));
    }

    @Test
    void aClassNeverPredictedNorGoldScoresZeroInTheMacroAverage() {
        ConfusionMatrix matrix = ConfusionMatrix.builder("t", List.of("a", "b")).add("a", "a").build();
        assertEquals(0.5, matrix.macroF1(), EPS);
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.builder("t", List.of("a", "a")));
    }

    @Test
    void pearsonOfAHandExample() {
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 1, 4, 3};
        // means 2.5 and 2.5; deviations (-1.5,-0.5,0.5,1.5) and (-0.5,-1.5,1.5,0.5):
        // sxy = 0.75 + 0.75 + 0.75 + 0.75 = 3, sxx = syy = 5 -> r = 0.6
        assertEquals(0.6, Correlation.pearson(x, y), EPS);
        assertEquals(1.0, Correlation.pearson(x, new double[] {3, 5, 7, 9}), EPS);
        assertTrue(Double.isNaN(Correlation.pearson(x, new double[] {1, 1, 1, 1})));
    }

    @Test
    void spearmanGivesTiesTheMeanOfTheirRanks() {
        assertArrayEquals(new double[] {1.5, 1.5, 3, 4}, Correlation.ranks(new double[] {5, 5, 7, 9}), EPS);
        assertArrayEquals(new double[] {4, 2, 2, 2}, Correlation.ranks(new double[] {3, 0, 0, 0}), EPS);
        double[] x = {1, 2, 2, 3};
        double[] y = {1, 3, 2, 4};
        // ranks x (1, 2.5, 2.5, 4), y (1, 3, 2, 4); means 2.5; dx (-1.5, 0, 0, 1.5), dy (-1.5, 0.5, -0.5, 1.5)
        // sxy = 2.25 + 2.25 = 4.5, sxx = 4.5, syy = 5 -> rho = 4.5 / sqrt(22.5)
        assertEquals(4.5 / Math.sqrt(22.5), Correlation.spearman(x, y), EPS);
        assertThrows(IllegalArgumentException.class, () -> Correlation.spearman(x, new double[] {1}));
    }

    @Test
    void exactMatchingNeedsTheSameOffsetsAndCountsEachSpanOnce() {
        List<Span> gold = List.of(new Span(0, 5), new Span(0, 5), new Span(10, 12));
        List<Span> predicted = List.of(new Span(0, 5), new Span(10, 13));
        assertEquals(new PrfCounts(1, 2, 3), SpanMatch.EXACT.count(gold, predicted));
    }

    @Test
    void overlapMatchingPairsTheLargestOverlapsFirstOneToOne() {
        // gold A [0, 10), gold B [10, 20); predicted P [5, 18) overlaps A by 5 and B by 8, Q [0, 6) overlaps A by 6.
        // Largest first: P-B (8), then Q-A (6); P-A (5) is left since both are taken.
        List<Span> gold = List.of(new Span(0, 10), new Span(10, 20));
        List<Span> predicted = List.of(new Span(5, 18), new Span(0, 6));
        assertEquals(new PrfCounts(2, 2, 2), SpanMatch.OVERLAP.count(gold, predicted));
        // Touching spans share no character.
        assertEquals(new PrfCounts(0, 1, 1), SpanMatch.OVERLAP.count(List.of(new Span(0, 5)), List.of(new Span(5, 9))));
        // Two predictions over one gold span: only one matches.
        assertEquals(new PrfCounts(1, 2, 1),
                SpanMatch.OVERLAP.count(List.of(new Span(0, 10)), List.of(new Span(0, 3), new Span(4, 9))));
    }
}
