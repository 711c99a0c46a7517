package dev.slant.eval;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.Lexicons;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.SentimentSettings;
import java.util.List;

/**
 * The plain-VADER baseline beside which Slant's sentiment figures are reported: the VADER lexicon
 * alone ({@code valence/vader}), VADER's rules and normalisation (Slant's scorer with its default
 * settings, which keep VADER's), the sentence's own valence as the target's, and VADER's
 * thresholds of ±0.05 for the label. What a researcher gets by running VADER on the sentence
 * that holds a target.
 */
public final class VaderRulesBaseline implements TargetSentimentPredictor, SentenceSentimentPredictor {
    /** VADER's thresholds on its compound score. */
    static final double THRESHOLD = 0.05;

    private final SentimentScorer scorer = new SentimentScorer(
            Lexicon.compile(List.of(Lexicons.load("valence/vader"))), SentimentSettings.defaults());

    @Override
    public Prediction predict(String text, int start, int end) {
        double score = scorer.textScore(text);
        Polarity polarity = score >= THRESHOLD ? Polarity.POSITIVE
                : score <= -THRESHOLD ? Polarity.NEGATIVE : Polarity.NEUTRAL;
        return new Prediction(polarity, score);
    }

    @Override
    public double score(String text) {
        return scorer.textScore(text);
    }

    @Override
    public String toString() {
        return "VaderRulesBaseline (VADER's lexicon and rules on the whole sentence, thresholds ±0.05)";
    }
}
