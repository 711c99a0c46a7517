package dev.slant.eval;

/** Scores the sentiment of a whole sentence. */
@FunctionalInterface
public interface SentenceSentimentPredictor {

    /**
     * Scores a sentence.
     *
     * @param text the sentence
     * @return its sentiment in [-1, 1], 0 for neutral
     */
    double score(String text);
}
