package dev.slant.lexicon;

import dev.slant.internal.EnumIds;
import java.util.Optional;

/** How a reporting cue introduces what a source said; see {@code docs/lexicon-format.md}. */
public enum Stance {
    /** Reports without judging: "said", "told", "according to". */
    NEUTRAL,
    /** Presents the content as true or weighty: "stressed", "revealed", "acknowledged". */
    ENDORSING,
    /** Presents the content as doubtful: "claimed", "alleged", "insisted". */
    DISTANCING,
    /** Weakens the attribution itself: "reportedly", "purportedly", "is said to". */
    HEDGED,
    /** Colours the act of speaking: "slammed", "blasted", "boasted". */
    EMOTIVE;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in pack files and reports.
     *
     * @return the stance's id
     */
    public String id() {
        return id;
    }

    /**
     * Finds a stance by its id.
     *
     * @param id an id such as {@code distancing}
     * @return the stance, or empty
     */
    public static Optional<Stance> fromId(String id) {
        return EnumIds.find(values(), Stance::id, id);
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return EnumIds.join(values(), Stance::id);
    }
}
