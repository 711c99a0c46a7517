package dev.slant.compare;

import static dev.slant.internal.Checks.checkArgument;

/**
 * The thresholds and constants of a comparison.
 *
 * @param minTerms a label distribution of fewer terms is flagged as a small sample
 * @param minEvidence an actor's sentiment from fewer pieces of evidence is flagged as a small sample
 * @param minTokens an outlet with fewer word tokens is flagged: its rates per 1,000 tokens are noisy
 * @param priorStrength the total pseudo-count {@code a_0} of the Dirichlet prior of the log-odds ratio
 * @param topLabels how many distinctive labels to keep per outlet, concept and voice
 * @param bootstrapSamples how many resamples the bootstrap intervals draw
 * @param reservoirSize how many pieces of evidence per actor and outlet are kept for the bootstrap
 *     (a uniform sample of them all once there are more), which bounds memory on any corpus
 * @param seed the seed of the reservoirs and the bootstrap, so that a comparison is reproducible
 */
public record ComparisonSettings(int minTerms, int minEvidence, int minTokens, double priorStrength, int topLabels,
        int bootstrapSamples, int reservoirSize, long seed) {

    /** Validates the values. */
    public ComparisonSettings {
        checkArgument(minTerms >= 0 && minEvidence >= 0 && minTokens >= 0,
                "minimum sample sizes must not be negative: %s", java.util.List.of(minTerms, minEvidence, minTokens));
        checkArgument(priorStrength > 0, "priorStrength must be positive: %s", priorStrength);
        checkArgument(topLabels >= 1, "topLabels must be at least 1: %d", topLabels);
        checkArgument(bootstrapSamples >= 100, "bootstrapSamples must be at least 100: %d", bootstrapSamples);
        checkArgument(reservoirSize >= 10, "reservoirSize must be at least 10: %d", reservoirSize);
    }

    /**
     * Returns the defaults: flags below 10 terms, 10 pieces of evidence and 1,000 tokens; a prior
     * of 10 pseudo-counts; 5 distinctive labels; 1,000 bootstrap resamples over at most 1,000
     * pieces of evidence; seed 20190827.
     *
     * @return the default settings
     */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(10, 10, 1000, 10.0, 5, 1000, 1000, 20190827L);
    }

    /**
     * Returns these settings with another small-sample threshold for label distributions.
     *
     * @param value the minimum number of terms
     * @return a copy
     */
    public ComparisonSettings withMinTerms(int value) {
        return new ComparisonSettings(value, minEvidence, minTokens, priorStrength, topLabels, bootstrapSamples,
                reservoirSize, seed);
    }

    /**
     * Returns these settings with another seed.
     *
     * @param value the seed
     * @return a copy
     */
    public ComparisonSettings withSeed(long value) {
        return new ComparisonSettings(minTerms, minEvidence, minTokens, priorStrength, topLabels, bootstrapSamples,
                reservoirSize, value);
    }
}
