package dev.slant.eval;

import dev.slant.text.Span;
import java.util.List;

/** Decides whether a sentence is biased, and which of its words carry the bias. */
@FunctionalInterface
public interface BiasPredictor {

    /**
     * A sentence's prediction.
     *
     * @param biased whether the sentence is predicted biased
     * @param loadedSpans the spans of the words held to be loaded, into the sentence
     */
    record Prediction(boolean biased, List<Span> loadedSpans) {
        /** Copies the spans. */
        public Prediction {
            loadedSpans = List.copyOf(loadedSpans);
        }
    }

    /**
     * Predicts one sentence.
     *
     * @param sentence the sentence
     * @return the prediction
     */
    Prediction predict(String sentence);
}
