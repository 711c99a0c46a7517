package dev.slant.text;

/** What a token is. */
public enum TokenKind {
    /** Letters, possibly with digits, inner hyphens, inner apostrophes and a possessive apostrophe. */
    WORD,
    /** Digits, possibly with inner decimal points and group separators. */
    NUMBER,
    /** Punctuation: a single mark, or a run such as an ellipsis {@code ...} or a dash {@code --}. */
    PUNCTUATION,
    /** Any other character: symbols, emoji, a replacement character, a lone surrogate. */
    SYMBOL,
    /** A quotation mark that opens (or, at a paragraph start, reopens) a quotation. */
    OPEN_QUOTE,
    /** A quotation mark that closes a quotation. */
    CLOSE_QUOTE;

    private static final TokenKind[] VALUES = values();

    static TokenKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * Tells whether tokens of this kind count as words for rates and windows.
     *
     * @return true for {@link #WORD} and {@link #NUMBER}
     */
    public boolean isWordLike() {
        return this == WORD || this == NUMBER;
    }
}
