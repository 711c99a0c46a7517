package dev.slant.attribution;

import dev.slant.internal.EnumIds;

/** What kind of phrase names a source. */
public enum SourceKind {
    /** A name, with or without a title: "Kremlin spokesman Dmitry Peskov", "Moscow", "the United Nations". */
    NAMED,
    /** A description with no name: "a senior Turkish official", "sources", "the ministry". */
    UNNAMED,
    /** A pronoun, resolved to an earlier speaker where one fits: "he", "they", "who". */
    PRONOUN;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in reports.
     *
     * @return {@code named}, {@code unnamed} or {@code pronoun}
     */
    public String id() {
        return id;
    }
}
