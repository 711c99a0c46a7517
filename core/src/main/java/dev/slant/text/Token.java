package dev.slant.text;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * One token of a text: its span in the original text and its kind.
 *
 * @param span where the token is
 * @param kind what the token is
 */
public record Token(Span span, TokenKind kind) {

    /** Validates the fields. */
    public Token {
        checkNotNull(span, "span");
        checkNotNull(kind, "kind");
    }

    /**
     * Returns the token's characters.
     *
     * @param text the text the token was read from
     * @return the token's characters
     */
    public String textOf(CharSequence text) {
        return span.textOf(text);
    }
}
