package dev.slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {
    @Test
    void equalContributionsHaveNoSpread() {
        MeanInterval interval = new MeanInterval();
        for (int i = 0; i < 7; i++) {
            interval.add(0.1);
        }
        assertEquals(7, interval.count());
        assertEquals(0.1, interval.mean(), 1e-12);
        assertEquals(interval.mean(), interval.low(), 1e-9);
        assertEquals(interval.mean(), interval.high(), 1e-9);
    }

    @Test
    void clearingForgetsEverything() {
        MeanInterval interval = new MeanInterval();
        interval.add(-0.9);
        interval.add(0.5);
        interval.clear();
        interval.add(0.25);
        assertEquals(1, interval.count());
        assertEquals(0.25, interval.mean(), 1e-12);
        assertEquals(-1, interval.low());
        assertEquals(1, interval.high());
    }

    @Test
    void manyContributionsUseTheNormalLimitOfT() {
        MeanInterval interval = new MeanInterval();
        double[] values = new double[200];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 5) / 10.0 - 0.2;
            interval.add(values[i]);
            sum += values[i];
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double half = Math.sqrt(squares / (values.length - 1) / values.length);
        // t for 199 degrees of freedom lies between 1.96 and 1.98
        assertEquals(mean, interval.mean(), 1e-12);
        double t = (interval.high() - mean) / half;
        assertEquals(1.97, t, 0.01);
    }
}
