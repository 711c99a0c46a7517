package dev.slant.eval;

import java.util.List;

/**
 * Finds the attributions of an article: who (source) said what (content) with which cue. The
 * PolNeAR adapter scores any implementation; {@link ReportingCueBaseline} is the simple one the
 * harness ships with.
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
