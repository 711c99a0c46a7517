package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkArgument;

import java.util.List;

/**
 * A sentiment score with its 95% confidence interval and the evidence it was computed from: the
 * mean of the evidence contributions (each clipped to [-1, 1]) and Student's t interval around
 * it, clipped to [-1, 1]. With fewer than two pieces of evidence nothing bounds the spread, so
 * the interval is the whole range. Deterministic.
 *
 * @param score the mean contribution, in [-1, 1]; 0 without evidence
 * @param low the lower end of the interval
 * @param high the upper end of the interval
 * @param evidence the evidence, in text order
 */
public record SentimentEstimate(double score, double low, double high, List<Evidence> evidence) {
    /** The estimate of no evidence at all. */
    public static final SentimentEstimate NONE = new SentimentEstimate(0, -1, 1, List.of());

    /** Validates and copies the fields. */
    public SentimentEstimate {
        if (!(-1 <= low && low <= score && score <= high && high <= 1)) { // no boxing when the check passes
            checkArgument(false, "expected -1 <= low <= score <= high <= 1: low=%s, score=%s, high=%s", low, score,
                    high);
        }
        evidence = evidence instanceof EvidenceArrays ? evidence : List.copyOf(evidence); // both immutable
    }

    /**
     * Estimates the score of a list of evidence.
     *
     * @param evidence the evidence, in text order
     * @return the estimate
     */
    public static SentimentEstimate of(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return NONE;
        }
        MeanInterval interval = new MeanInterval();
        for (int i = 0; i < evidence.size(); i++) {
            interval.add(evidence instanceof EvidenceArrays arrays ? arrays.contribution(i)
                    : evidence.get(i).contribution());
        }
        return of(interval, evidence);
    }

    /**
     * Returns the estimate of an interval over the given evidence.
     *
     * @param interval the interval of the evidence's contributions
     * @param evidence the evidence, in text order
     * @return the estimate
     */
    public static SentimentEstimate of(MeanInterval interval, List<Evidence> evidence) {
        return new SentimentEstimate(interval.mean(), interval.low(), interval.high(), evidence);
    }
}
