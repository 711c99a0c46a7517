package dev.slant.voice;

import dev.slant.text.Span;
import java.util.Arrays;

/**
 * The voices of one text in compact form: each finding stores a voice code, and the table turns
 * the code back into a {@link Voice} when asked. Code 0 is the narrator, {@code 1 + q} the
 * quotation {@code q}, and {@code -1 - m} the distancing marker {@code m}. Immutable.
 */
public final class VoiceTable {
    /** The code of the narrator's voice. */
    public static final int NARRATOR = 0;

    private final int[] quoteStart;
    private final int[] quoteEnd;
    private final boolean[] scare;
    private final int[] markerStart;
    private final int[] markerEnd;

    VoiceTable(int[] quoteStart, int[] quoteEnd, boolean[] scare, int[] markerStart, int[] markerEnd) {
        this.quoteStart = quoteStart;
        this.quoteEnd = quoteEnd;
        this.scare = scare;
        this.markerStart = markerStart;
        this.markerEnd = markerEnd;
    }

    /**
     * Returns the kind of voice a code stands for, without allocating.
     *
     * @param code a voice code of this table
     * @return its kind
     */
    public VoiceKind kind(int code) {
        if (code == NARRATOR) {
            return VoiceKind.NARRATOR;
        }
        if (code > 0) {
            return scare[code - 1] ? VoiceKind.DISTANCED : VoiceKind.QUOTED;
        }
        return VoiceKind.DISTANCED;
    }

    /**
     * Returns the voice a code stands for.
     *
     * @param code a voice code of this table
     * @return the voice, with its quotation or marker
     * @throws IndexOutOfBoundsException if the code is not of this table
     */
    public Voice voice(int code) {
        if (code == NARRATOR) {
            return Voice.narrator();
        }
        if (code > 0) {
            int q = code - 1;
            Span quote = new Span(quoteStart[q], quoteEnd[q]);
            return scare[q] ? Voice.scareQuoted(quote) : Voice.quoted(quote);
        }
        int m = -1 - code;
        return Voice.markedBy(new Span(markerStart[m], markerEnd[m]));
    }
}
