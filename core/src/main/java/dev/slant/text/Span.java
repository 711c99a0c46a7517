package dev.slant.text;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

/**
 * A range {@code [start, end)} of character offsets into an article's original text.
 *
 * <p>Offsets are Java {@code String} indices, that is UTF-16 code units. Every finding Slant
 * reports is a span, so every number can be traced back to the exact characters behind it.
 *
 * @param start the first character, inclusive; not negative
 * @param end the last character, exclusive; not less than {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** Validates the offsets. */
    public Span {
        checkArgument(start >= 0, "start must not be negative: start=%d, end=%d", start, end);
        checkArgument(start <= end, "start must not exceed end: start=%d, end=%d", start, end);
    }

    /**
     * Returns the number of characters in the span.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * Tells whether {@code other} lies within this span.
     *
     * @param other another span
     * @return true if {@code start <= other.start && other.end <= end}
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * Returns the characters of {@code text} that this span covers.
     *
     * @param text the text the span points into
     * @return the covered characters
     * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
     */
    public String textOf(CharSequence text) {
        checkNotNull(text, "text");
        if (end > text.length()) {
            throw new IndexOutOfBoundsException(
                    "span [" + start + ", " + end + ") exceeds the text's length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
