package dev.slant.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

    private final String id = name().toLowerCase(Locale.ROOT);

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
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return Arrays.stream(values()).map(Stance::id).collect(Collectors.joining(", "));
    }
}
