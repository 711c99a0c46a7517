package dev.slant.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which inflected forms of a phrase also match; the rules are in {@code docs/lexicon-format.md}. */
public enum Inflection {
    /** The last word also matches its regular plural. */
    NOUN,
    /** The first word also matches its third person, past and present participle. */
    VERB,
    /** Only the written form matches. */
    NONE;

    private final String id = name().toLowerCase(Locale.ROOT);

    /**
     * Returns the name used in pack files.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Finds an inflection by its id.
     *
     * @param id {@code noun}, {@code verb} or {@code none}
     * @return the inflection, or empty
     */
    public static Optional<Inflection> fromId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return Arrays.stream(values()).map(Inflection::id).collect(Collectors.joining(", "));
    }
}
