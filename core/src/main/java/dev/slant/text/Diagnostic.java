package dev.slant.text;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * A problem found in an article's text: what it is, where it first occurs, and how often.
 *
 * @param code the kind of problem
 * @param message a sentence for people
 * @param span where the (first) occurrence is
 * @param count how many occurrences the message stands for; at least 1
 */
public record Diagnostic(DiagnosticCode code, String message, Span span, int count) {

    /** Validates the fields. */
    public Diagnostic {
        checkNotNull(code, "code");
        checkNotNull(message, "message");
        checkNotNull(span, "span");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: count=" + count);
        }
    }
}
