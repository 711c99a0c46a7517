package dev.slant.text;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

/**
 * A quotation: the words between an opening mark and its closing mark.
 *
 * <p>A quotation that runs over several paragraphs, reopened at the start of each with an opening
 * mark as news style does, is one quotation. One that is never closed ends with its paragraph (or
 * the text), and {@link #closed()} is false.
 *
 * @param span the quotation with its marks
 * @param content the quoted words, without the marks
 * @param style the family of its marks
 * @param depth 0 for an outermost quotation, 1 for one inside it, and so on
 * @param closed whether a closing mark was found
 */
public record Quotation(Span span, Span content, QuoteStyle style, int depth, boolean closed) {

    /** Validates the fields. */
    public Quotation {
        checkNotNull(span, "span");
        checkNotNull(content, "content");
        checkNotNull(style, "style");
        checkArgument(span.contains(content), "content %s must lie within span %s", content, span);
        checkArgument(depth >= 0, "depth must not be negative: depth=%d", depth);
    }
}
