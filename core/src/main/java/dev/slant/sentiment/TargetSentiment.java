package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * The sentiment toward one target span: its label, its score in [-1, 1] and the evidence behind
 * it, or the problem that kept it from being scored.
 *
 * @param target the target, as given
 * @param label the polarity class of {@code score}
 * @param score the sentiment toward the target, in [-1, 1]
 * @param evidence the words behind the score, in text order
 * @param problem why the target could not be scored (out of range, empty, inside a word), or empty
 */
public record TargetSentiment(Target target, SentimentLabel label, double score, List<Evidence> evidence,
        Optional<String> problem) {

    /** Validates and copies the fields. */
    public TargetSentiment {
        checkNotNull(target, "target");
        checkNotNull(label, "label");
        evidence = List.copyOf(evidence);
        checkNotNull(problem, "problem");
    }

    /**
     * Returns a neutral result carrying the problem with a target.
     *
     * @param target the target as given
     * @param problem what is wrong with it
     * @return the result
     */
    public static TargetSentiment invalid(Target target, String problem) {
        return new TargetSentiment(target, SentimentLabel.NEUTRAL, 0, List.of(), Optional.of(problem));
    }
}
