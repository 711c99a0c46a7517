package dev.slant.actors;

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
    private int[] stamp = new int[64];
    private byte[] kind = new byte[64];
    private int generation;

    /** Starts a text of {@code tokens} tokens whose voices {@code map} was prepared for. */
    void begin(VoiceMap map, int tokens) {
        voices = map;
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
            kind[first] = (byte) voices.kindOf(voices.voiceCode(start, end)).ordinal();
        }
        return KINDS[kind[first]];
    }
}
