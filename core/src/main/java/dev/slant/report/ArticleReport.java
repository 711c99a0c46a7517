package dev.slant.report;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Diagnostic;
import java.util.List;

/**
 * Everything Slant found in one article: every term with its span, entry and voice, the scores,
 * and the problems found in the text. Immutable.
 *
 * @param article the article's id and metadata
 * @param sentences the number of sentences
 * @param terms the terms in text order
 * @param scores counts and rates by category and concept, by voice
 * @param diagnostics problems found in the text, bounded in number
 */
public record ArticleReport(ArticleInfo article, int sentences, List<Term> terms, Scores scores,
        List<Diagnostic> diagnostics) {

    /** The version of the report schema, written as the JSON report's {@code schema} field. */
    public static final String SCHEMA = "slant.report/1";

    /** Validates the fields and copies the lists. */
    public ArticleReport {
        checkNotNull(article, "article");
        checkArgument(sentences >= 0, "sentences must not be negative: %d", sentences);
        terms = List.copyOf(checkNotNull(terms, "terms"));
        checkNotNull(scores, "scores");
        diagnostics = List.copyOf(checkNotNull(diagnostics, "diagnostics"));
    }

    /**
     * Returns the number of word tokens (words and numbers, not punctuation), the base of every rate.
     *
     * @return the article's word tokens
     */
    public int tokens() {
        return scores.tokens();
    }
}
