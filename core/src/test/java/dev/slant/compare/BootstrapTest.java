package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static final double[] COIN = new double[100];

    static {
        for (int i = 0; i < COIN.length; i++) {
            COIN[i] = i % 2;
        }
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        assertEquals(Bootstrap.meanInterval(COIN, 1000, 7), Bootstrap.meanInterval(COIN, 1000, 7));
        assertNotEquals(Bootstrap.meanInterval(COIN, 1000, 7), Bootstrap.meanInterval(COIN, 1000, 8));
    }

    @Test
    void theIntervalOfAFairCoinIsAboutTwoStandardErrorsWide() {
        // mean 0.5, standard error 0.5 / sqrt(100) = 0.05: the interval is about [0.40, 0.60]
        Interval interval = Bootstrap.meanInterval(COIN, 2000, 1);
        assertEquals(0.5, interval.estimate(), 1e-12);
        assertEquals(0.40, interval.low(), 0.02);
        assertEquals(0.60, interval.high(), 0.02);
        assertEquals(100, interval.evidence());
    }

    @Test
    void constantValuesHaveNoSpread() {
        Interval interval = Bootstrap.meanInterval(new double[] {0.3, 0.3, 0.3}, 100, 1);
        assertEquals(0.3, interval.low(), 1e-12);
        assertEquals(0.3, interval.high(), 1e-12);
    }

    @Test
    void aReservoirSampleKeepsTheExactMeanAndTheSpreadOfTheWholeEvidence() {
        // 10,000 values of -1 and 1 through a reservoir of 100: the mean is exact, and the interval
        // has the width of 10,000 values (1.96 / sqrt(10000) = 0.0196), not of 100 (0.196).
        EvidenceSample sample = new EvidenceSample(100, 3);
        for (int i = 0; i < 10_000; i++) {
            sample.add(i % 2 == 0 ? -1 : 1);
        }
        Interval interval = sample.interval(1000, 5).orElseThrow();
        assertEquals(0.0, interval.estimate(), 1e-12);
        assertEquals(10_000, interval.evidence());
        assertTrue(interval.low() < 0 && interval.low() > -0.05, interval.toString());
        assertTrue(interval.high() > 0 && interval.high() < 0.05, interval.toString());
    }

    @Test
    void oneValueLeavesTheIntervalOpen() {
        EvidenceSample sample = new EvidenceSample(100, 3);
        sample.add(0.4);
        assertEquals(new Interval(0.4, -1, 1, 1), sample.interval(1000, 5).orElseThrow());
        assertTrue(new EvidenceSample(100, 3).interval(1000, 5).isEmpty());
    }
}
