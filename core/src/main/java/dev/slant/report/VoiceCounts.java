package dev.slant.report;

import dev.slant.voice.VoiceKind;

/**
 * How many findings stood in each voice.
 *
 * @param narrator in the outlet's own voice
 * @param reported in the outlet's paraphrase of a source
 * @param quoted inside quotations
 * @param distanced in scare quotes or after a distancing marker
 */
public record VoiceCounts(int narrator, int reported, int quoted, int distanced) {

    /**
     * Returns the count in one voice.
     *
     * @param voice a voice
     * @return its count
     */
    public int count(VoiceKind voice) {
        switch (voice) {
            case NARRATOR:
                return narrator;
            case REPORTED:
                return reported;
            case QUOTED:
                return quoted;
            default:
                return distanced;
        }
    }

    /**
     * Returns the rate per 1,000 word tokens in one voice, so that long and short articles compare.
     *
     * @param voice a voice
     * @param tokens the article's word tokens
     * @return the rate, 0 when the article has no words
     */
    public double per1000(VoiceKind voice, int tokens) {
        return tokens == 0 ? 0.0 : count(voice) * 1000.0 / tokens;
    }

    /**
     * Returns the total over all voices.
     *
     * @return the total
     */
    public int total() {
        return narrator + reported + quoted + distanced;
    }
}
