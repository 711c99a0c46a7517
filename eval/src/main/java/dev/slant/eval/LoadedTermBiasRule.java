package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.report.ArticleReport;
import dev.slant.text.Span;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Slant's own bias decision for a sentence: the analyzer's terms of chosen categories whose
 * valence is at least a given magnitude are the loaded words, and the sentence is biased when it
 * holds at least a given number of them.
 */
public final class LoadedTermBiasRule implements BiasPredictor {
    private final Analyzer analyzer;
    private final Set<Category> categories;
    private final double minValence;
    private final int minHits;

    /**
     * Builds a rule.
     *
     * @param analyzer the analyzer whose terms count
     * @param categories the categories whose terms may be loaded words
     * @param minValence the least magnitude of valence a loaded word has, in [0, 1]
     * @param minHits how many loaded terms make a sentence biased, at least 1
     * @throws IllegalArgumentException if {@code minHits} is below 1, no category is given or
     *     {@code minValence} is out of range
     */
    public LoadedTermBiasRule(Analyzer analyzer, Set<Category> categories, double minValence, int minHits) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        if (categories.isEmpty() || minHits < 1 || !(minValence >= 0 && minValence <= 1)) {
            throw new IllegalArgumentException("need a category, minValence in [0, 1] and minHits >= 1: categories="
                    + categories + ", minValence=" + minValence + ", minHits=" + minHits);
        }
        this.categories = EnumSet.copyOf(categories);
        this.minValence = minValence;
        this.minHits = minHits;
    }

    /**
     * The rule the harness reports: see {@link #DEFAULT_CATEGORIES}, {@link #DEFAULT_MIN_VALENCE}
     * and {@link #DEFAULT_MIN_HITS}.
     *
     * @param analyzer the analyzer whose terms count
     * @return the rule
     */
    public static LoadedTermBiasRule defaults(Analyzer analyzer) {
        return new LoadedTermBiasRule(analyzer, DEFAULT_CATEGORIES, DEFAULT_MIN_VALENCE, DEFAULT_MIN_HITS);
    }

    /** The categories whose terms count as loaded words by default. */
    public static final Set<Category> DEFAULT_CATEGORIES = EnumSet.of(Category.LABEL, Category.SUBJECTIVE);

    /** The least magnitude of valence of a loaded word by default. */
    public static final double DEFAULT_MIN_VALENCE = 0.5;

    /** How many loaded terms make a sentence biased by default. */
    public static final int DEFAULT_MIN_HITS = 1;

    @Override
    public Prediction predict(String sentence) {
        ArticleReport report = analyzer.analyze(sentence);
        Set<Span> loaded = new LinkedHashSet<>();
        for (int i = 0; i < report.termCount(); i++) {
            LexiconEntry entry = report.termEntry(i);
            if (categories.contains(entry.category()) && Math.abs(entry.valence()) >= minValence) {
                loaded.add(new Span(report.termStart(i), report.termEnd(i)));
            }
        }
        return new Prediction(loaded.size() >= minHits, List.copyOf(loaded));
    }

    @Override
    public String toString() {
        return "loaded terms: " + categories + " with |valence| >= " + minValence + "; biased at " + minHits + " or more";
    }
}
