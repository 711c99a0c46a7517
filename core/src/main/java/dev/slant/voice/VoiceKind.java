package dev.slant.voice;

import dev.slant.internal.EnumIds;

/** Who speaks at a span. */
public enum VoiceKind {
    /** The outlet, in its own words. */
    NARRATOR,
    /** Someone the outlet quotes: the words stand inside a quotation. */
    QUOTED,
    /** The outlet holding the words at a distance: scare quotes, or a marker such as "so-called". */
    DISTANCED;

    /**
     * Returns the name used in reports.
     *
     * @return {@code narrator}, {@code quoted} or {@code distanced}
     */
    public String id() {
        return EnumIds.idOf(this);
    }
}
