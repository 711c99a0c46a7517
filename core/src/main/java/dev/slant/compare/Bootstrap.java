package dev.slant.compare;

import static dev.slant.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The nonparametric bootstrap of a mean, seeded so that it is reproducible. */
public final class Bootstrap {

    private Bootstrap() {}

    /**
     * Returns the 95% percentile bootstrap interval of the mean of {@code values}: the 2.5% and
     * 97.5% quantiles of the means of {@code samples} resamples drawn with replacement.
     *
     * @param values the observations; at least one
     * @param samples how many resamples to draw; at least 100
     * @param seed the seed of the draws: the same seed gives the same interval
     * @return the mean and its interval
     * @throws IllegalArgumentException when {@code values} is empty or {@code samples} below 100
     */
    public static Interval meanInterval(double[] values, int samples, long seed) {
        checkArgument(values.length > 0, "the bootstrap needs at least one value");
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double[] deviations = meanDeviations(values, mean, samples, seed);
        return new Interval(mean, mean + quantile(deviations, 0.025), mean + quantile(deviations, 0.975),
                values.length);
    }

    /** The sorted deviations from {@code mean} of the means of {@code samples} resamples. */
    static double[] meanDeviations(double[] values, double mean, int samples, long seed) {
        checkArgument(samples >= 100, "the bootstrap needs at least 100 resamples: %d", samples);
        SplittableRandom random = new SplittableRandom(seed);
        double[] deviations = new double[samples];
        int n = values.length;
        for (int s = 0; s < samples; s++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            deviations[s] = sum / n - mean;
        }
        Arrays.sort(deviations);
        return deviations;
    }

    /** The {@code q} quantile of sorted values, interpolated linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
