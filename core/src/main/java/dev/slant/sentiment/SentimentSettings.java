package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkArgument;

/**
 * The constants of the sentiment rules and of target scoring. The rule constants follow VADER
 * (Hutto and Gilbert 2014), rescaled from its [-4, 4] ratings to [-1, 1]; the target weights,
 * alpha and the thresholds were tuned on the NewsMTSC training set (a grid search that
 * {@code SentimentMeasurementTest} runs with {@code -Dslant.tune=true}) and measured on its dev
 * sets; {@code docs/sentiment.md} gives the figures.
 *
 * @param negationScope how many words before a valence word a negator reaches (VADER: 3)
 * @param negationFactor what a negated valence is multiplied by (VADER: -0.74)
 * @param intensifierBoost the relative boost of an intensifier right before a word ("very")
 * @param dampenerCut the relative cut of a dampener right before a word ("slightly")
 * @param capsBoost what an all-caps word adds to its magnitude in a sentence not all in caps
 * @param beforeContrast the weight of words before "but" in its sentence (VADER: 0.5)
 * @param afterContrast the weight of words after "but" (VADER: 1.5)
 * @param alpha the normalisation constant of a target's score: a sum {@code s} becomes
 *     {@code s / sqrt(s * s + alpha)}
 * @param textAlpha the normalisation constant of a sentence's or a text's valence (VADER's 15 on
 *     its scale, 15/16 on this one)
 * @param distanceDecay how many tokens away from a target a word keeps half its weight
 * @param otherClauseWeight the weight of a word in another clause of the target's sentence
 * @param otherVoiceWeight the weight of a word in another quotation than the target (or in one
 *     when the target is in none, or in none when the target is in one): someone else's words
 * @param insideWeight the weight of a valence word inside the target span itself
 * @param subjectWeight the weight of a word after a target that begins its clause (the target as subject)
 * @param possessiveWeight the weight of the words right after a possessive target ("Putin's brutal war")
 * @param against the evidence that "against" right before a target adds
 * @param positiveThreshold the least score labelled positive
 * @param negativeThreshold the greatest score labelled negative (a negative number)
 */
public record SentimentSettings(int negationScope, double negationFactor, double intensifierBoost,
        double dampenerCut, double capsBoost, double beforeContrast, double afterContrast, double alpha, double textAlpha,
        double distanceDecay, double otherClauseWeight, double otherVoiceWeight, double insideWeight, double subjectWeight,
        double possessiveWeight, double against, double positiveThreshold, double negativeThreshold) {

    /** Validates the ranges. */
    public SentimentSettings {
        checkArgument(negationScope >= 0, "negationScope must not be negative: %d", negationScope);
        checkArgument(alpha > 0, "alpha must be positive: %s", alpha);
        checkArgument(textAlpha > 0, "textAlpha must be positive: %s", textAlpha);
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
        return new SentimentSettings(3, -0.74, 0.3, 0.3, 0.18, 0.5, 1.5, 0.25, 15.0 / 16, 2.0, 0.8, 0.2, 0.0, 1.5,
                1.5, -0.3, 0.1, -0.1);
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
                beforeContrast, afterContrast, alpha, textAlpha, distanceDecay, otherClauseWeight, otherVoiceWeight,
                insideWeight,
                subjectWeight, possessiveWeight, against, positive, negative);
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
                beforeContrast, afterContrast, normalisation, textAlpha, decay, otherClause, otherVoiceWeight, inside,
                subjectWeight, possessiveWeight, against, positiveThreshold, negativeThreshold);
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
     * Maps an unbounded sum of weighted valences toward a target into [-1, 1], as VADER does.
     *
     * @param sum a sum of valences
     * @return {@code sum / sqrt(sum * sum + alpha)}
     */
    public double normalise(double sum) {
        return sum == 0 ? 0 : sum / Math.sqrt(sum * sum + alpha);
    }

    /**
     * Maps the sum of a sentence's or a text's valences into [-1, 1].
     *
     * @param sum a sum of valences
     * @return {@code sum / sqrt(sum * sum + textAlpha)}
     */
    public double normaliseText(double sum) {
        return sum == 0 ? 0 : sum / Math.sqrt(sum * sum + textAlpha);
    }
}
