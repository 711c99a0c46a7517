package dev.slant.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles, read from the {@code seeds} folder (the {@code slant.seeds} property overrides it). */
final class SeedCorpus {
    private SeedCorpus() {}

    static List<String> texts() {
        Path folder = Path.of(System.getProperty("slant.seeds", "seeds"));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SeedCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed articles in " + folder.toAbsolutePath()
                    + "; run from the repository root or set -Dslant.seeds", e);
        }
    }

    static long bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
