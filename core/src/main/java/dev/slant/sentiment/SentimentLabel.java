package dev.slant.sentiment;

import dev.slant.internal.EnumIds;

/** The polarity class of a sentiment score, from the thresholds of {@link SentimentSettings}. */
public enum SentimentLabel {
    /** A score at or below the negative threshold. */
    NEGATIVE,
    /** A score between the thresholds. */
    NEUTRAL,
    /** A score at or above the positive threshold. */
    POSITIVE;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name reports use, such as {@code negative}.
     *
     * @return the label's id
     */
    public String id() {
        return id;
    }
}
