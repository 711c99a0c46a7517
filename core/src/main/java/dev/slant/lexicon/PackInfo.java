package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * What a lexicon pack is: the fields of its header.
 *
 * @param name the name it is loaded by, such as {@code conflict-labels/en}
 * @param version its version
 * @param language a BCP 47 language tag
 * @param license an SPDX licence identifier
 * @param source where its entries come from
 * @param description one sentence about it, possibly empty
 */
public record PackInfo(String name, String version, String language, String license, String source,
        String description) {

    /** Validates the fields. */
    public PackInfo {
        checkNotNull(name, "name");
        checkNotNull(version, "version");
        checkNotNull(language, "language");
        checkNotNull(license, "license");
        checkNotNull(source, "source");
        checkNotNull(description, "description");
    }
}
