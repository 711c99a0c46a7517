package dev.slant.eval;

import java.util.Locale;

/**
 * One predicted attribution: its cue, its source and its content, as offsets into the article's
 * text ({@code end} exclusive).
 *
 * @param cueStart the cue's first character
 * @param cueEnd one past the cue's last character
 * @param sourceStart the source's first character, -1 when the attribution has no resolved source
 * @param sourceEnd one past the source's last character, -1 when it has none
 * @param contentStart the content's first character
 * @param contentEnd one past the content's last character
 * @param speakerKnown whether the attribution says who spoke: false without a source, and for a
 *     source that is a pronoun with no antecedent
 */
public record PredictedAttribution(int cueStart, int cueEnd, int sourceStart, int sourceEnd, int contentStart,
        int contentEnd, boolean speakerKnown) {

    /** Checks that each span is ordered, that the source is either a span or absent, and that a known speaker has a source. */
    public PredictedAttribution {
        checkSpan("cue", cueStart, cueEnd);
        checkSpan("content", contentStart, contentEnd);
        if (sourceStart != -1 || sourceEnd != -1) {
            checkSpan("source", sourceStart, sourceEnd);
        }
        if (speakerKnown && sourceStart < 0) {
            throw new IllegalArgumentException("a known speaker needs a source span");
        }
    }

    /**
     * Creates an attribution whose speaker is known exactly when it has a source, as in gold data.
     *
     * @param cueStart the cue's first character
     * @param cueEnd one past the cue's last character
     * @param sourceStart the source's first character, or -1
     * @param sourceEnd one past the source's last character, or -1
     * @param contentStart the content's first character
     * @param contentEnd one past the content's last character
     */
    public PredictedAttribution(int cueStart, int cueEnd, int sourceStart, int sourceEnd, int contentStart,
            int contentEnd) {
        this(cueStart, cueEnd, sourceStart, sourceEnd, contentStart, contentEnd, sourceStart >= 0);
    }

    /**
     * Returns whether a source was found.
     *
     * @return false for an attribution with no resolved source
     */
    public boolean hasSource() {
        return sourceStart >= 0;
    }

    private static void checkSpan(String role, int start, int end) {
        if (start < 0 || start > end) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s span must satisfy 0 <= start <= end: start=%d, end=%d", role, start, end));
        }
    }
}
