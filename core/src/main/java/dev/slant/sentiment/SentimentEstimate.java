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
    /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

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
        double[] contributions = new double[evidence.size()];
        for (int i = 0; i < contributions.length; i++) {
            contributions[i] = evidence instanceof EvidenceArrays arrays ? arrays.contribution(i)
                    : evidence.get(i).contribution();
        }
        return of(contributions, evidence);
    }

    private static SentimentEstimate of(double[] contributions, List<Evidence> evidence) {
        int n = contributions.length;
        if (n == 0) {
            return NONE;
        }
        double sum = 0;
        for (double c : contributions) {
            sum += clip(c);
        }
        double mean = sum / n;
        if (n == 1) {
            return new SentimentEstimate(mean, -1, 1, evidence);
        }
        double squares = 0;
        for (double c : contributions) {
            double d = clip(c) - mean;
            squares += d * d;
        }
        double half = t95(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return new SentimentEstimate(mean, Math.max(-1, mean - half), Math.min(1, mean + half), evidence);
    }

    private static double t95(int degrees) {
        if (degrees <= T95.length) {
            return T95[degrees - 1];
        }
        return 1.96 + (T95[T95.length - 1] - 1.96) * T95.length / degrees; // close to t for df > 30
    }

    private static double clip(double value) {
        return Math.max(-1, Math.min(1, value));
    }
}
