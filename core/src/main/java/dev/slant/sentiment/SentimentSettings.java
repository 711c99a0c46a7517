package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkArgument;

/**
 * The constants of the sentiment rules and of target scoring. The rule constants follow VADER
 * (Hutto and Gilbert 2014), rescaled from its [-4, 4] ratings to [-1, 1]; the target weights,
 * alpha and the thresholds were tuned on the NewsMTSC training set (a grid search that
 * {@code SentimentMeasurementTest} runs with {@code -Dslant.tune=true}) and measured on its dev
 * sets; {@code docs/sentiment.md} gives the figures. On that data a word in another clause of the
 * target's sentence weighs as much as one in the same clause, and a possessive target gains
 * nothing, so the defaults leave those two weights at 1; they stay settable for text where they
 * help.
 *
 * @param negationScope how many words before a valence word a negator reaches (VADER: 3)
 * @param negationFactor what a negated valence is multiplied by (VADER: -0.74)
 * @param intensifierBoost the relative boost of an intensifier right before a word ("very")
 * @param dampenerCut the relative cut of a dampener right before a word ("slightly")
 * @param capsBoost what an all-caps word adds to its magnitude in a sentence not all in caps
 * @param beforeContrast the weight of words before "but" in its sentence (VADER: 0.5)
 * @param afterContrast the weight of words after "but" (VADER: 1.5)
 * @param alpha the normalisation constant: a sum {@code s} becomes {@code s / sqrt(s * s + alpha)}
 *     (VADER's 15 on its scale)
 * @param distanceDecay how many tokens away from a target a word keeps half its weight
 * @param otherClauseWeight the weight of a word in another clause of the target's sentence
 * @param insideWeight the weight of a valence word inside the target span itself
 * @param subjectWeight the weight of a word after a target that begins its clause (the target as subject)
 * @param possessiveWeight the weight of the words right after a possessive target ("Putin's brutal war")
 * @param against the evidence that "against" right before a target adds
 * @param positiveThreshold the least score labelled positive
 * @param negativeThreshold the greatest score labelled negative (a negative number)
 */
public record SentimentSettings(int negationScope, double negationFactor, double intensifierBoost,
        double dampenerCut, double capsBoost, double beforeContrast, double afterContrast, double alpha,
        double distanceDecay, double otherClauseWeight, double insideWeight, double subjectWeight,
        double possessiveWeight, double against, double positiveThreshold, double negativeThreshold) {

    /** Validates the ranges. */
    public SentimentSettings {
        checkArgument(negationScope >= 0, "negationScope must not be negative: %d", negationScope);
        checkArgument(alpha > 0, "alpha must be positive: %s", alpha);
        checkArgument(distanceDecay > 0, "distanceDecay must be positive: %s", distanceDecay);
        checkArgument(negativeThreshold <= 0 && positiveThreshold >= 0 && positiveThreshold <= 1
                && negativeThreshold >= -1, "thresholds must be in [-1, 0] and [0, 1]: negative=%s, positive=%s",
                negativeThreshold, positiveThreshold);
    }

    /**
     * Returns the tuned defaults.
     *
     * @return the defaults
     */
    public static SentimentSettings defaults() {
        return new SentimentSettings(3, -0.74, 0.3, 0.3, 0.18, 0.5, 1.5, 0.5, 4.0, 1.0, 0.0, 1.5, 1.0, -0.3,
                0.2, -0.05);
    }

    /**
     * Returns a copy with other thresholds.
     *
     * @param negative the greatest score labelled negative
     * @param positive the least score labelled positive
     * @return the copy
     */
    public SentimentSettings withThresholds(double negative, double positive) {
        return new SentimentSettings(negationScope, negationFactor, intensifierBoost, dampenerCut, capsBoost,
                beforeContrast, afterContrast, alpha, distanceDecay, otherClauseWeight, insideWeight, subjectWeight,
                possessiveWeight, against, positive, negative);
    }

    /**
     * Returns a copy with other target weights.
     *
     * @param decay the distance decay
     * @param otherClause the weight of another clause
     * @param inside the weight of words inside the target
     * @param normalisation the normalisation constant alpha
     * @return the copy
     */
    public SentimentSettings withTargetWeights(double decay, double otherClause, double inside,
            double normalisation) {
        return new SentimentSettings(negationScope, negationFactor, intensifierBoost, dampenerCut, capsBoost,
                beforeContrast, afterContrast, normalisation, decay, otherClause, inside, subjectWeight,
                possessiveWeight, against, positiveThreshold, negativeThreshold);
    }

    /**
     * Returns the label of a score.
     *
     * @param score a score in [-1, 1]
     * @return its polarity class
     */
    public SentimentLabel labelOf(double score) {
        if (score >= positiveThreshold && score > 0) {
            return SentimentLabel.POSITIVE;
        }
        if (score <= negativeThreshold && score < 0) {
            return SentimentLabel.NEGATIVE;
        }
        return SentimentLabel.NEUTRAL;
    }

    /**
     * Maps an unbounded sum of valences into [-1, 1], as VADER does.
     *
     * @param sum a sum of valences
     * @return {@code sum / sqrt(sum * sum + alpha)}
     */
    public double normalise(double sum) {
        return sum == 0 ? 0 : sum / Math.sqrt(sum * sum + alpha);
    }
}
