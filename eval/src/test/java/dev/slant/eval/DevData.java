package dev.slant.eval;

import java.nio.file.Path;

/** Where the development sets are: the {@code slant.data} system property, else {@code ../shared/data}. */
final class DevData {
    private DevData() {}

    static Path root() {
        return Path.of(System.getProperty("slant.data", "../shared/data"));
    }
}
