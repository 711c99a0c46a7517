package dev.slant.stats;

import static dev.slant.stats.Tables.table;
import static dev.slant.stats.Tables.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelIndependenceTest {
    private static final List<String> TWO = List.of("A", "B");
    private final LabelIndependence test = new LabelIndependence();

    @Test
    void computesPearsonsStatisticOfAHandComputedTable() {
        // Row totals 60, 50; column totals 30, 40, 40; N = 110. Expected counts 16.36, 21.82, 21.82
        // and 13.64, 18.18, 18.18; the sum of (O - E)^2 / E is 12.5278 on 2 degrees of freedom,
        // whose p-value is exp(-12.5278 / 2) = 0.0019; Cramér's V = sqrt(12.5278 / 110) = 0.3375.
        LabelIndependence.Result result = test.test(table("groups", TWO, List.of("x", "y", "z"),
                new int[] {10, 20, 30}, new int[] {20, 20, 10})).orElseThrow();

        assertEquals(12.5278, result.chiSquare(), 1e-4);
        assertEquals(2, result.degreesOfFreedom(), 0);
        assertEquals(Math.exp(-12.527777777777779 / 2), result.pValue(), 1e-9);
        assertEquals(0.33747, result.cramersV(), 1e-4);
        assertEquals(13.6364, result.minExpected(), 1e-4);
        assertEquals(0, result.cellsBelowFive());
        assertFalse(result.smallSample());
        assertTrue(result.warning().isEmpty());
        assertTrue(result.permutationPValue().orElseThrow() < 0.01, "the permutation test agrees");
    }

    @Test
    void warnsWhenExpectedCountsAreSmall() {
        LabelIndependence.Result result = test.test(table("groups", TWO, List.of("x", "y"),
                new int[] {5, 0}, new int[] {0, 5})).orElseThrow();

        assertEquals(2.5, result.minExpected(), 1e-12);
        assertEquals(4, result.cellsBelowFive());
        assertTrue(result.smallSample());
        assertTrue(result.warning().orElseThrow().startsWith("4 of 4 cells expect fewer than 5 terms"));
        // the exact permutation p-value is 2 / C(10, 5) = 0.0079: only the two diagonal tables are as extreme
        double p = result.permutationPValue().orElseThrow();
        assertTrue(p > 0.004 && p < 0.013, "permutation p-value " + p);
    }

    @Test
    void tablesWithoutDifferencesGetHighPValues() {
        LabelIndependence.Result result = test.test(table("groups", TWO, List.of("x", "y"),
                new int[] {5, 5}, new int[] {5, 5})).orElseThrow();

        assertTrue(result.pValue() > 0.5, "p " + result.pValue());
        assertEquals(1.0, result.permutationPValue().orElseThrow(), 0);
    }

    @Test
    void leavesOutEmptyRowsAndColumnsAndSkipsUntestableTables() {
        LabelTables tables = tables(List.of("A", "B", "C"),
                table("groups", List.of("A", "B", "C"), List.of("x", "y", "never"),
                        new int[] {3, 1, 0}, new int[] {0, 0, 0}, new int[] {1, 3, 0}),
                table("army", List.of("A", "B"), List.of("army"), new int[] {2}, new int[] {4}),
                table("turkey", List.of("A"), List.of("ankara", "turkey"), new int[] {1, 2}));

        List<LabelIndependence.Result> results = test.test(tables);

        assertEquals(1, results.size());
        assertEquals(List.of("A", "C"), results.get(0).table().outlets());
        assertEquals(List.of("x", "y"), results.get(0).table().labels());
        assertEquals(4, results.get(0).cells());
    }

    @Test
    void isTheSameOnEveryRunAndCanSkipThePermutations() {
        LabelTable table = table("groups", List.of("A", "B", "C"), List.of("x", "y", "z"),
                new int[] {3, 1, 2}, new int[] {0, 4, 1}, new int[] {2, 2, 0});
        assertEquals(test.test(table), new LabelIndependence().test(table));
        assertTrue(new LabelIndependence(0, 1).test(table).orElseThrow().permutationPValue().isEmpty());
    }
}
