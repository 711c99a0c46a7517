package dev.slant.lexicon;

import dev.slant.internal.EnumIds;
import java.util.Optional;

/** Which inflected forms of a phrase also match; the rules are in {@code docs/lexicon-format.md}. */
public enum Inflection {
    /** The last word also matches its regular plural. */
    NOUN,
    /** The first word also matches its third person, past and present participle. */
    VERB,
    /** Only the written form matches. */
    NONE;

    private final String id = EnumIds.idOf(this);

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
        return EnumIds.find(values(), Inflection::id, id);
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return EnumIds.join(values(), Inflection::id);
    }
}
