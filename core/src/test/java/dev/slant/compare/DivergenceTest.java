package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergenceTest {

    @Test
    void identicalDistributionsDivergeByZero() {
        assertEquals(0.0, Divergence.jensenShannon(new int[] {2, 6, 2}, new int[] {1, 3, 1}), 1e-12);
    }

    @Test
    void distributionsWithNoLabelInCommonDivergeByOneBit() {
        assertEquals(1.0, Divergence.jensenShannon(new int[] {5, 0}, new int[] {0, 7}), 1e-12);
    }

    @Test
    void halfAndHalfAgainstAllOfOneIsComputedByHand() {
        // M = (0.75, 0.25); H(M) = 0.75 log2(4/3) + 0.25 log2(4) = 0.811278; H(P) = 1, H(Q) = 0.
        double expected = 0.75 * Math.log(4.0 / 3) / Math.log(2) + 0.5 - 0.5;
        assertEquals(expected, Divergence.jensenShannon(new int[] {1, 1}, new int[] {3, 0}), 1e-12);
        assertEquals(0.311278, Divergence.jensenShannon(new int[] {1, 1}, new int[] {3, 0}), 1e-6);
    }

    @Test
    void isSymmetric() {
        int[] p = {4, 1, 0, 3};
        int[] q = {0, 2, 5, 1};
        assertEquals(Divergence.jensenShannon(p, q), Divergence.jensenShannon(q, p), 1e-15);
    }

    @Test
    void anEmptyDistributionHasNoDivergence() {
        assertTrue(Double.isNaN(Divergence.jensenShannon(new int[] {0, 0}, new int[] {1, 0})));
    }

    @Test
    void rejectsMisalignedOrNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> Divergence.jensenShannon(new int[] {1}, new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Divergence.jensenShannon(new int[] {-1, 2}, new int[] {1, 2}));
    }
}
