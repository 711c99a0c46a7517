package dev.slant.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark inputs by name, the same for every benchmark: {@code seeds} (the five seed
 * articles), or a size such as {@code 1k}, {@code 3k}, {@code 100k}, {@code 1m}, {@code 10m} (a
 * generated news-like document of that many UTF-8 bytes, woven with phrases of the bundled packs).
 */
final class Inputs {
    private static final long SEED = 20190827L;

    private Inputs() {}

    /** The input as separate articles: the five seeds, or one generated document. */
    static List<String> texts(String name) {
        if (name.equals("seeds")) {
            return SeedCorpus.texts();
        }
        return List.of(NewsCorpus.generate(bytes(name), PhraseLists.of(1000), SEED));
    }

    /** The input as one text: the seeds joined by blank lines, or the generated document. */
    static String text(String name) {
        return String.join("\n\n", texts(name));
    }

    /** The UTF-8 size of some texts. */
    static long utf8Bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static int bytes(String size) {
        String lower = size.toLowerCase(Locale.ROOT);
        char unit = lower.charAt(lower.length() - 1);
        int number = Integer.parseInt(lower.substring(0, lower.length() - 1));
        switch (unit) {
            case 'k':
                return number * 1_000;
            case 'm':
                return number * 1_000_000;
            default:
                throw new IllegalArgumentException("expected seeds or a size such as 10k or 1m, found " + size);
        }
    }
}
