package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * A pack's instruction to remove an entry that an earlier pack defines.
 *
 * @param phrase the entry's phrase
 * @param category the entry's category
 * @param origin where the instruction is
 */
public record Removal(String phrase, Category category, Origin origin) {

    /** Validates the fields. */
    public Removal {
        checkNotNull(phrase, "phrase");
        checkNotNull(category, "category");
        checkNotNull(origin, "origin");
    }
}
