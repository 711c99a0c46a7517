package dev.slant.compare;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The evidence contributions toward one actor in one outlet, as they arrive: their exact count and
 * sum, and a uniform reservoir sample of bounded size (Vitter's algorithm R) for the bootstrap.
 * Deterministic for a given seed and order of arrival.
 */
final class EvidenceSample {
    private final int capacity;
    private final SplittableRandom random;
    private double[] kept = new double[8];
    private int size;
    private long count;
    private double sum;

    EvidenceSample(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    void add(double contribution) {
        double value = Math.max(-1, Math.min(1, contribution));
        count++;
        sum += value;
        if (size < capacity) {
            if (size == kept.length) {
                kept = Arrays.copyOf(kept, Math.min(capacity, size * 2));
            }
            kept[size++] = value;
        } else {
            long slot = random.nextLong(count);
            if (slot < capacity) {
                kept[(int) slot] = value;
            }
        }
    }

    long count() {
        return count;
    }

    /**
     * Returns the mean with its 95% bootstrap interval: the percentile interval of the means of
     * {@code samples} resamples of the kept values, shifted to the exact mean, its spread scaled
     * by {@code sqrt(kept / count)} when the reservoir holds a sample of the evidence only.
     */
    Optional<Interval> interval(int samples, long seed) {
        if (count == 0) {
            return Optional.empty();
        }
        double mean = sum / count;
        if (count == 1) {
            return Optional.of(new Interval(mean, -1, 1, 1));
        }
        double keptMean = 0;
        for (int i = 0; i < size; i++) {
            keptMean += kept[i];
        }
        keptMean /= size;
        double[] deviations = Bootstrap.meanDeviations(Arrays.copyOf(kept, size), keptMean, samples, seed);
        double scale = Math.sqrt((double) size / count);
        double low = mean + scale * Bootstrap.quantile(deviations, 0.025);
        double high = mean + scale * Bootstrap.quantile(deviations, 0.975);
        return Optional.of(new Interval(mean, Math.max(-1, Math.min(mean, low)), Math.min(1, Math.max(mean, high)),
                (int) Math.min(Integer.MAX_VALUE, count)));
    }
}
