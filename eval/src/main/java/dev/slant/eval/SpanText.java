package dev.slant.eval;

import dev.slant.text.Span;

/**
 * A span with the text it covers, as prediction lines write it.
 *
 * @param start the first character, a UTF-16 index into the item's text
 * @param end one past the last character
 * @param text the characters in between
 */
public record SpanText(int start, int end, String text) {

    /**
     * Takes a span of a text.
     *
     * @param span the span
     * @param text the text it indexes
     * @return the span with its text
     */
    public static SpanText of(Span span, String text) {
        return new SpanText(span.start(), span.end(), span.textOf(text));
    }
}
