package dev.slant.actors;

import dev.slant.voice.VoiceKind;
import java.util.Arrays;

/**
 * Spans of one kind (mentions, labels, cues, evidence) of every actor of a text, grouped by
 * actor, in primitive columns: a span's start and end characters and its voice, and, where the
 * kind has them, a code (a mention's kind, a label's lexicon entry, a cue's stance) or a value
 * (a piece of evidence's contribution). The actor of index {@code a} owns the spans
 * {@code [from[a], from[a + 1])}. Immutable once built.
 */
final class SpanColumns {
    static final SpanColumns EMPTY = new Builder(false, false).build();
    private static final VoiceKind[] VOICES = VoiceKind.values();

    private final int[] from;
    private final int[] start;
    private final int[] end;
    private final int[] code;
    private final byte[] voice;
    private final double[] value;

    private SpanColumns(int[] from, int[] start, int[] end, int[] code, byte[] voice, double[] value) {
        this.from = from;
        this.start = start;
        this.end = end;
        this.code = code;
        this.voice = voice;
        this.value = value;
    }

    /** The first span of actor {@code a}. */
    int from(int a) {
        return from[a];
    }

    /** The end of actor {@code a}'s spans, exclusive. */
    int to(int a) {
        return from[a + 1];
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    /** The code of span {@code i}, where the kind has codes. */
    int code(int i) {
        return code[i];
    }

    VoiceKind voice(int i) {
        return VOICES[voice[i]];
    }

    /** The value of span {@code i}, where the kind has values. */
    double value(int i) {
        return value[i];
    }

    /** Collects the spans actor by actor; reusable through {@link #clear}. Not thread-safe. */
    static final class Builder {
        private final boolean codes;
        private final boolean values;
        private int actors;
        private int count;
        private int[] from = new int[17];
        private int[] start = new int[16];
        private int[] end = new int[16];
        private int[] code = new int[16];
        private byte[] voice = new byte[16];
        private double[] value = new double[16];

        /** A builder of spans with codes, values, both or neither. */
        Builder(boolean codes, boolean values) {
            this.codes = codes;
            this.values = values;
        }

        void clear() {
            actors = 0;
            count = 0;
        }

        /** Adds a span to the current actor; a code or value its kind lacks is ignored. */
        void add(int startChar, int endChar, int spanCode, VoiceKind spanVoice, double spanValue) {
            if (count == start.length) {
                int capacity = count * 2;
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                code = Arrays.copyOf(code, capacity);
                voice = Arrays.copyOf(voice, capacity);
                value = Arrays.copyOf(value, capacity);
            }
            start[count] = startChar;
            end[count] = endChar;
            code[count] = spanCode;
            voice[count] = (byte) spanVoice.ordinal();
            value[count] = spanValue;
            count++;
        }

        /** Closes the current actor's spans: those added since the last call are its. */
        void endActor() {
            if (actors + 2 > from.length) {
                from = Arrays.copyOf(from, from.length * 2);
            }
            from[++actors] = count;
        }

        /** The spans collected, copied to exact sizes. */
        SpanColumns build() {
            return new SpanColumns(Arrays.copyOf(from, actors + 1), Arrays.copyOf(start, count),
                    Arrays.copyOf(end, count), Arrays.copyOf(code, codes ? count : 0), Arrays.copyOf(voice, count),
                    Arrays.copyOf(value, values ? count : 0));
        }
    }
}
