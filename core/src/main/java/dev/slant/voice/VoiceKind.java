package dev.slant.voice;

import dev.slant.internal.EnumIds;

/** Who speaks at a span. */
public enum VoiceKind {
    /** The outlet, in its own words. */
    NARRATOR,
    /**
     * The outlet paraphrasing someone: the words stand in the content of an attribution without
     * quotation marks ("the Syrian government says ...").
     */
    REPORTED,
    /** Someone the outlet quotes: the words stand inside a quotation. */
    QUOTED,
    /** The outlet holding the words at a distance: scare quotes, or a marker such as "so-called". */
    DISTANCED;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in reports.
     *
     * @return {@code narrator}, {@code reported}, {@code quoted} or {@code distanced}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the kind of this voice for words in an attribution's content: the narrator's own
     * words there are reported speech; quotations and distanced words stay as they are.
     *
     * @param attributed whether the words stand in an attribution's content
     * @return the kind
     */
    public VoiceKind within(boolean attributed) {
        return attributed && this == NARRATOR ? REPORTED : this;
    }
}
