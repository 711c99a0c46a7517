package dev.slant.actors;

import dev.slant.attribution.AttributionFinder;
import dev.slant.voice.VoiceKind;
import dev.slant.voice.VoiceMap;

/**
 * The voice of each piece of evidence of one text, looked up once per first token: a word near
 * several actors is evidence toward each, and its voice needs finding only once. A piece of
 * evidence is identified by its first token (no two pieces of one text start at one token with
 * different ends). Reused from text to text by one thread; not thread-safe.
 */
final class TokenVoices {
    private static final VoiceKind[] KINDS = VoiceKind.values();

    private VoiceMap voices;
    private AttributionFinder attributions;
    private int[] stamp = new int[64];
    private byte[] kind = new byte[64];
    private int generation;

    /**
     * Starts a text of {@code tokens} tokens whose voices {@code map} was prepared for and whose
     * attributions {@code found} were found.
     */
    void begin(VoiceMap map, AttributionFinder found, int tokens) {
        voices = map;
        attributions = found;
        if (stamp.length < tokens) {
            stamp = new int[Math.max(tokens, stamp.length * 2)];
            kind = new byte[stamp.length];
            generation = 0;
        }
        if (generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            generation = 0;
        }
        generation++;
    }

    /** The voice of the evidence starting at token {@code first} and spanning {@code [start, end)}. */
    VoiceKind of(int first, int start, int end) {
        if (stamp[first] != generation) {
            stamp[first] = generation;
            kind[first] = (byte) voiceOf(voices, attributions, first, start, end).ordinal();
        }
        return KINDS[kind[first]];
    }

    /**
     * The voice of the span {@code [start, end)} that starts at token {@code first}: its quotation's
     * or marker's, and the reported voice for the narrator's words in an attribution's content.
     */
    static VoiceKind voiceOf(VoiceMap voices, AttributionFinder attributions, int first, int start, int end) {
        return voices.kindOf(voices.voiceCode(start, end)).within(attributions.ownerOfToken(first) >= 0);
    }
}
