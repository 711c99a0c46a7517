package dev.slant.sentiment;

/**
 * The mean of contributions, each clipped to [-1, 1], and Student's t 95% interval around it,
 * clipped to [-1, 1], kept as running sums so that an estimate needs no array of its own (the
 * spread by Welford's update, which does not lose the variance to rounding as a plain sum of
 * squares does). With
 * fewer than two contributions nothing bounds the spread, so the interval is the whole range.
 * Reusable through {@link #clear}; not thread-safe.
 */
public final class MeanInterval {
    /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    private int count;
    private double sum;
    private double runningMean;
    private double squaredDeviations;

    /** Forgets every contribution. */
    public void clear() {
        count = 0;
        sum = 0;
        runningMean = 0;
        squaredDeviations = 0;
    }

    /**
     * Adds a contribution, clipped to [-1, 1].
     *
     * @param contribution any value
     */
    public void add(double contribution) {
        double clipped = Math.max(-1, Math.min(1, contribution));
        count++;
        sum += clipped;
        double before = clipped - runningMean;
        runningMean += before / count;
        squaredDeviations += before * (clipped - runningMean);
    }

    /**
     * Returns the number of contributions added.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the mean, 0 without contributions.
     *
     * @return the mean, in [-1, 1]
     */
    public double mean() {
        return count == 0 ? 0 : Math.max(-1, Math.min(1, sum / count));
    }

    /**
     * Returns the lower end of the interval.
     *
     * @return at least -1 and at most the mean
     */
    public double low() {
        return Math.max(-1, mean() - halfWidth());
    }

    /**
     * Returns the upper end of the interval.
     *
     * @return at most 1 and at least the mean
     */
    public double high() {
        return Math.min(1, mean() + halfWidth());
    }

    private double halfWidth() {
        if (count < 2) {
            return 2;
        }
        return t95(count - 1) * Math.sqrt(squaredDeviations / (count - 1) / count);
    }

    private static double t95(int degrees) {
        if (degrees <= T95.length) {
            return T95[degrees - 1];
        }
        return 1.96 + (T95[T95.length - 1] - 1.96) * T95.length / degrees; // close to t for df > 30
    }
}
