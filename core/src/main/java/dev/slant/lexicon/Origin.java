package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * Where a lexicon entry was defined: its pack, the pack's source (a file or resource name), and
 * the line; line 0 for entries built in code.
 *
 * @param pack the pack's name
 * @param source the file or resource the pack was read from, or {@code <code>}
 * @param line the 1-based line, or 0
 */
public record Origin(String pack, String source, int line) {

    /** Validates the fields. */
    public Origin {
        checkNotNull(pack, "pack");
        checkNotNull(source, "source");
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
