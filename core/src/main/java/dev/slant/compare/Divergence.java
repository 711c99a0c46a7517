package dev.slant.compare;

import static dev.slant.internal.Checks.checkArgument;

/** The Jensen-Shannon divergence between two distributions, in bits. */
public final class Divergence {
    private static final double LN2 = Math.log(2);

    private Divergence() {}

    /**
     * Returns the Jensen-Shannon divergence of two count vectors over the same categories, each
     * normalised to a distribution: {@code JSD(P, Q) = H(M) - (H(P) + H(Q)) / 2} with {@code M =
     * (P + Q) / 2} and entropies in log base 2, so it lies in [0, 1]: 0 for the same distribution,
     * 1 for distributions with no category in common.
     *
     * @param p counts of the first distribution
     * @param q counts of the second, aligned with {@code p}
     * @return the divergence in [0, 1], or {@code NaN} when either vector sums to 0
     * @throws IllegalArgumentException when the lengths differ or a count is negative
     */
    public static double jensenShannon(int[] p, int[] q) {
        checkArgument(p.length == q.length, "count vectors must have equal lengths: %d, %d", p.length, q.length);
        long sumP = 0;
        long sumQ = 0;
        for (int i = 0; i < p.length; i++) {
            checkArgument(p[i] >= 0 && q[i] >= 0, "counts must not be negative: %d, %d", p[i], q[i]);
            sumP += p[i];
            sumQ += q[i];
        }
        if (sumP == 0 || sumQ == 0) {
            return Double.NaN;
        }
        double divergence = 0;
        for (int i = 0; i < p.length; i++) {
            double a = (double) p[i] / sumP;
            double b = (double) q[i] / sumQ;
            double m = (a + b) / 2;
            divergence += (term(a, m) + term(b, m)) / 2;
        }
        return Math.max(0, Math.min(1, divergence)); // rounding can leave it a hair outside
    }

    /** {@code x log2(x / m)}, 0 for x = 0. */
    private static double term(double x, double m) {
        return x == 0 ? 0 : x * Math.log(x / m) / LN2;
    }
}
