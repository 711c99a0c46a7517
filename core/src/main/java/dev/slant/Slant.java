package dev.slant;

import dev.slant.report.ArticleReport;

/**
 * The front door: analyse a text with the bundled defaults, or build an analyzer of your own.
 *
 * <pre>{@code
 * ArticleReport report = Slant.analyze(text);
 * Analyzer custom = Slant.analyzer().lexicon(Path.of("my-pack.lex")).build();
 * }</pre>
 */
public final class Slant {
    private Slant() {}

    /**
     * Analyses a text with the default packs of the lexicon providers on the class path.
     *
     * @param text any text
     * @return the report
     * @throws IllegalStateException if no lexicon pack is on the class path
     */
    public static ArticleReport analyze(String text) {
        return DefaultAnalyzer.INSTANCE.analyze(text);
    }

    /**
     * Analyses an article with the default packs.
     *
     * @param article the article
     * @return the report
     * @throws IllegalStateException if no lexicon pack is on the class path
     */
    public static ArticleReport analyze(Article article) {
        return DefaultAnalyzer.INSTANCE.analyze(article);
    }

    /**
     * Starts building an analyzer from the default packs; add packs, or drop the defaults.
     *
     * @return a builder
     */
    public static Analyzer.Builder analyzer() {
        return Analyzer.builder();
    }

    /** Built on first use, so that merely loading this class needs no lexicon. */
    private static final class DefaultAnalyzer {
        static final Analyzer INSTANCE = Analyzer.builder().build();
    }
}
