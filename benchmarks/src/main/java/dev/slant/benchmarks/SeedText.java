package dev.slant.benchmarks;

/**
 * The five seed articles as one text, the {@code "seeds"} input of the benchmarks that compare
 * Slant with its peers: the articles in file order, separated by one blank line, 15,808 UTF-8
 * bytes (the articles' 15,800 and four separators of two bytes), so MB/s = ops/s &times; 0.015808.
 */
final class SeedText {
    private SeedText() {}

    /**
     * Joins the seed articles with a blank line between each two.
     *
     * @return the joined text
     */
    static String concatenated() {
        return String.join("\n\n", SeedCorpus.texts());
    }
}
