package dev.slant.voice;

import static dev.slant.internal.Checks.checkArgument;

/**
 * The thresholds of voice resolution.
 *
 * @param scareQuoteMaxWords a quotation of at most this many words, with no speech cue around it,
 *     is read as scare quotes
 * @param cueWindow how many words before an opening mark or after a closing mark are searched for
 *     a reporting verb
 * @param markerScope how many words after a distancing marker it applies to
 */
public record VoiceSettings(int scareQuoteMaxWords, int cueWindow, int markerScope) {

    /** Validates the thresholds. */
    public VoiceSettings {
        checkArgument(scareQuoteMaxWords >= 0, "scareQuoteMaxWords must not be negative: %d", scareQuoteMaxWords);
        checkArgument(cueWindow >= 0, "cueWindow must not be negative: %d", cueWindow);
        checkArgument(markerScope >= 1, "markerScope must be at least 1: %d", markerScope);
    }

    /**
     * Returns the defaults: scare quotes of up to 4 words, a cue window of 3 words, and a marker
     * scope of 3 words ("so-called joint operation center").
     *
     * @return the default settings
     */
    public static VoiceSettings defaults() {
        return new VoiceSettings(4, 3, 3);
    }
}
