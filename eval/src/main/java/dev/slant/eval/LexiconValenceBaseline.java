package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.report.ArticleReport;
import java.util.Objects;

/**
 * The lexicon baselines of sentiment: a text's score is the mean valence of the analyzer's terms
 * that carry one (valence not 0), or 0 when none does. It reads no context: no negation, no
 * target, no intensifier. Serves both {@link SentenceSentimentPredictor} and, with a threshold,
 * {@link TargetSentimentPredictor}.
 */
public final class LexiconValenceBaseline implements SentenceSentimentPredictor, TargetSentimentPredictor {
    /** The default threshold: a mean valence above it is positive, below its negation negative. */
    public static final double DEFAULT_THRESHOLD = 0.1;

    private final Analyzer analyzer;
    private final double threshold;

    /**
     * Scores with an analyzer's terms.
     *
     * @param analyzer the analyzer
     * @param threshold the class threshold for targets, in [0, 1)
     * @throws IllegalArgumentException if the threshold is out of range
     */
    public LexiconValenceBaseline(Analyzer analyzer, double threshold) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1): " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public double score(String text) {
        ArticleReport report = analyzer.analyze(text);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < report.termCount(); i++) {
            double valence = report.termEntry(i).valence();
            if (valence != 0) {
                sum += valence;
                count++;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }

    /** Scores the whole sentence: the baseline ignores where the target is. */
    @Override
    public TargetSentimentPredictor.Prediction predict(String text, int start, int end) {
        double score = score(text);
        return new TargetSentimentPredictor.Prediction(Polarity.ofScore(score, threshold), score);
    }

    @Override
    public String toString() {
        return "lexicon baseline: mean valence of matched terms, neutral within +-" + threshold;
    }
}
