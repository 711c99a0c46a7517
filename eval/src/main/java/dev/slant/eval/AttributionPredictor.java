package dev.slant.eval;

import java.util.List;

/**
 * Finds the attributions of an article: who (source) said what (content) with which cue. The
 * PolNeAR adapter scores any implementation; {@link SlantAttributions} is Slant's attribution layer.
 */
@FunctionalInterface
public interface AttributionPredictor {

    /**
     * Finds the attributions of a text.
     *
     * @param text an article's whole text
     * @return its attributions, in any order
     */
    List<PredictedAttribution> predict(String text);
}
