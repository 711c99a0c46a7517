package dev.slant.attribution;

import dev.slant.internal.EnumIds;

/** How an attribution renders what its source said. */
public enum AttributionKind {
    /** The source's own words, in quotation marks. */
    DIRECT,
    /** The outlet's paraphrase of what the source said, with no quotation marks. */
    INDIRECT,
    /** A paraphrase with quoted fragments ('outlined measures to root out "terrorists"'). */
    MIXED;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in reports.
     *
     * @return {@code direct}, {@code indirect} or {@code mixed}
     */
    public String id() {
        return id;
    }
}
