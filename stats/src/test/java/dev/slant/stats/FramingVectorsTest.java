package dev.slant.stats;

import static dev.slant.stats.Tables.table;
import static dev.slant.stats.Tables.tables;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.compare.Divergence;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingVectorsTest {
    private static final List<String> OUTLETS = List.of("A", "B", "C");

    private final LabelTables tables = tables(OUTLETS,
            table("groups", List.of("A", "B", "C"), List.of("rebels", "terrorists"),
                    new int[] {3, 1}, new int[] {0, 4}, new int[] {2, 2}),
            // B never names the army: its block holds the pooled shares of A and C
            table("army", List.of("A", "C"), List.of("army", "regime", "forces"),
                    new int[] {2, 0, 2}, new int[] {0, 3, 1}),
            // only C names this: it says nothing about how the outlets differ, and is left out
            table("turkey", List.of("C"), List.of("ankara"), new int[] {5}));

    @Test
    void concatenatesLabelSharesOfConceptsThatTwoOutletsNamed() {
        FramingVectors vectors = FramingVectors.of(tables);

        assertEquals(List.of("groups", "army"), vectors.concepts());
        assertEquals(List.of("groups: rebels", "groups: terrorists", "army: army", "army: regime", "army: forces"),
                vectors.dimensions());
        double[][] v = vectors.vectors();
        assertArrayEquals(new double[] {0.75, 0.25, 0.5, 0, 0.5}, v[0], 1e-12);
        assertArrayEquals(new double[] {0, 1, 2 / 8.0, 3 / 8.0, 3 / 8.0}, v[1], 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0.75, 0.25}, v[2], 1e-12);
        assertEquals(2, vectors.conceptsNamed(0));
        assertEquals(1, vectors.conceptsNamed(1));
    }

    @Test
    void distanceIsTheRootOfTheMeanPerConceptDivergence() {
        FramingVectors vectors = FramingVectors.of(tables);
        double[][] d = vectors.distances();

        double groups = Divergence.jensenShannon(new int[] {3, 1}, new int[] {2, 2});
        double army = Divergence.jensenShannon(new int[] {2, 0, 2}, new int[] {0, 3, 1});
        assertEquals(Math.sqrt((groups + army) / 2), d[0][2], 1e-9);
        assertEquals(d[0][2], d[2][0], 0);
        assertEquals(0, d[1][1], 0);
        // B against A: the groups block differs, the army block is B's pooled shares against A's own
        double armyB = Divergence.jensenShannon(new int[] {2, 0, 2}, new int[] {2, 3, 3});
        assertEquals(Math.sqrt((Divergence.jensenShannon(new int[] {3, 1}, new int[] {0, 4}) + armyB) / 2),
                d[0][1], 1e-9);
    }

    @Test
    void vectorsWithoutSharedConceptsHaveNoDimensionsAndZeroDistances() {
        FramingVectors vectors = FramingVectors.of(tables(OUTLETS,
                table("turkey", List.of("C"), List.of("ankara"), new int[] {5})));

        assertEquals(0, vectors.dimensions().size());
        assertArrayEquals(new double[3], vectors.distances()[0], 0);
    }

    @Test
    void rejectsTablesWithoutOutlets() {
        assertThrows(IllegalArgumentException.class, () -> FramingVectors.of(tables(List.of())));
    }
}
