package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.Target;
import dev.slant.sentiment.TargetSentiment;
import java.util.List;
import java.util.Objects;

/**
 * Slant's sentiment layer as a predictor: the sentiment toward a target span, as the analyzer's
 * report gives it for a target of the input, and a sentence's valence from the analyzer's
 * sentiment scorer.
 */
public final class SlantSentiment implements TargetSentimentPredictor, SentenceSentimentPredictor {
    private final Analyzer analyzer;
    private final SentimentScorer scorer;

    /**
     * Predicts with an analyzer's sentiment layer.
     *
     * @param analyzer the analyzer
     */
    public SlantSentiment(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.scorer = analyzer.actors().scorer();
    }

    @Override
    public Prediction predict(String text, int start, int end) {
        TargetSentiment sentiment = analyzer.analyze(Article.of(text).withTargets(List.of(new Target(start, end))))
                .targets().get(0);
        return new Prediction(Polarity.valueOf(sentiment.label().name()), sentiment.score());
    }

    @Override
    public double score(String text) {
        return scorer.textScore(text);
    }

    @Override
    public String toString() {
        return "SlantSentiment (the sentiment toward a target, and a text's valence, of the analyzer)";
    }
}
