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
 */
public record PredictedAttribution(int cueStart, int cueEnd, int sourceStart, int sourceEnd, int contentStart,
        int contentEnd) {

    /** Checks that each span is ordered and that the source is either a span or absent. */
    public PredictedAttribution {
        checkSpan("cue", cueStart, cueEnd);
        checkSpan("content", contentStart, contentEnd);
        if (sourceStart != -1 || sourceEnd != -1) {
            checkSpan("source", sourceStart, sourceEnd);
        }
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
