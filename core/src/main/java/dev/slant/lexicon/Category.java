package dev.slant.lexicon;

import dev.slant.internal.EnumIds;
import java.util.Optional;

/** What kind of word a lexicon entry is; documented with examples in {@code docs/lexicon-format.md}. */
public enum Category {
    /** A name for a concept (a group, a government, an action), loaded or neutral. */
    LABEL,
    /** A marker by which the writer distances itself from the words that follow ("so-called"). */
    DISTANCING,
    /** A word that weakens commitment ("apparently"). */
    HEDGE,
    /** A verb that reports speech or thought ("say", "claim"). */
    REPORT_VERB,
    /** A verb that presupposes its complement is true ("realize"). */
    FACTIVE,
    /** A verb that asserts its complement with some commitment ("believe"). */
    ASSERTIVE,
    /** A verb that implies the truth of its complement ("manage"). */
    IMPLICATIVE,
    /** A word of the NPOV bias lexicon: subjective or one-sided. */
    SUBJECTIVE,
    /**
     * A word of a valence lexicon ("good", "brutal"), its valence scaled to [-1, 1]. The sentiment
     * layer compiles these packs into a lexicon of their own, so they never crowd an article's terms.
     */
    SENTIMENT;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in pack files and reports, such as {@code report-verb}.
     *
     * @return the category's id
     */
    public String id() {
        return id;
    }

    /**
     * Finds a category by its id.
     *
     * @param id an id such as {@code label}
     * @return the category, or empty if none has that id
     */
    public static Optional<Category> fromId(String id) {
        return EnumIds.find(values(), Category::id, id);
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return EnumIds.join(values(), Category::id);
    }
}
