package dev.slant.eval;

/** Judges the sentiment a sentence expresses toward one target mention in it. */
@FunctionalInterface
public interface TargetSentimentPredictor {

    /**
     * A target's predicted sentiment.
     *
     * @param polarity the class
     * @param score the strength, in [-1, 1]
     */
    record Prediction(Polarity polarity, double score) {}

    /**
     * Predicts the sentiment toward a target.
     *
     * @param text the sentence
     * @param start the target's first character
     * @param end one past the target's last character
     * @return the prediction
     */
    Prediction predict(String text, int start, int end);
}
