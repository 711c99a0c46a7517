package dev.slant.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Pearson's r and Spearman's rho of two equally long series. */
public final class Correlation {
    private Correlation() {}

    /**
     * Returns Pearson's product-moment correlation.
     *
     * @param x the first series
     * @param y the second series, as long as the first
     * @return r in [-1, 1], or {@code NaN} when a series is constant or has fewer than two values
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double pearson(double[] x, double[] y) {
        checkLengths(x, y);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /**
     * Returns Spearman's rank correlation: Pearson's r of the ranks, tied values sharing the mean
     * of the ranks they span (as {@code scipy.stats.spearmanr} does).
     *
     * @param x the first series
     * @param y the second series, as long as the first
     * @return rho in [-1, 1], or {@code NaN} when a series is constant or has fewer than two values
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double spearman(double[] x, double[] y) {
        checkLengths(x, y);
        return pearson(ranks(x), ranks(y));
    }

    /**
     * Returns the 1-based ranks of the values, ties given the mean of their ranks.
     *
     * @param values the values
     * @return their ranks, in the values' order
     */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static void checkLengths(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series must be equally long: " + x.length + " and " + y.length);
        }
    }
}
