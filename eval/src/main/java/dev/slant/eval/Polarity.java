package dev.slant.eval;

import java.util.Locale;

/** The three sentiment classes of NewsMTSC, with the values its files use (2.0, 4.0, 6.0). */
public enum Polarity {
    /** Negative sentiment, 2.0 in NewsMTSC. */
    NEGATIVE(2.0),
    /** Neutral, 4.0 in NewsMTSC. */
    NEUTRAL(4.0),
    /** Positive sentiment, 6.0 in NewsMTSC. */
    POSITIVE(6.0);

    private final double value;

    Polarity(double value) {
        this.value = value;
    }

    /**
     * Returns the lower-case name used in figures and prediction lines.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds the class of a NewsMTSC polarity value.
     *
     * @param value 2.0, 4.0 or 6.0
     * @return the class
     * @throws IllegalArgumentException for any other value
     */
    public static Polarity ofValue(double value) {
        for (Polarity polarity : values()) {
            if (polarity.value == value) {
                return polarity;
            }
        }
        throw new IllegalArgumentException("expected polarity 2.0, 4.0 or 6.0, found " + value);
    }

    /**
     * Returns the class of a score in [-1, 1] under symmetric thresholds.
     *
     * @param score the score
     * @param threshold scores above it are positive, below its negation negative
     * @return the class
     */
    public static Polarity ofScore(double score, double threshold) {
        if (score > threshold) {
            return POSITIVE;
        }
        return score < -threshold ? NEGATIVE : NEUTRAL;
    }
}
