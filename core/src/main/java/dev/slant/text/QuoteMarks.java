package dev.slant.text;

/** Which characters are quotation marks, of which style, and which of them can only open or close. */
final class QuoteMarks {
    private QuoteMarks() {}

    /** How a mark may act, before its context is read. */
    enum Role { OPENS, CLOSES, EITHER }

    static boolean isQuoteChar(char c) {
        switch (c) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u00AB': case '\u00BB': case '\u2039': case '\u203A':
            case '\'': case '\u2018': case '\u2019': case '\u201A': case '`':
                return true;
            default:
                return false;
        }
    }

    static QuoteStyle styleOf(char c) {
        switch (c) {
            case '\'': case '\u2018': case '\u2019': case '\u201A':
                return QuoteStyle.SINGLE;
            case '\u00AB': case '\u00BB':
                return QuoteStyle.GUILLEMET;
            case '\u2039': case '\u203A':
                return QuoteStyle.SINGLE_GUILLEMET;
            default:
                return QuoteStyle.DOUBLE;
        }
    }

    static Role roleOf(char c) {
        switch (c) {
            case '\u201C': case '\u201E': case '\u201F': case '\u00AB': case '\u2039':
            case '\u2018': case '\u201A': case '`':
                return Role.OPENS;
            case '\u201D': case '\u00BB': case '\u203A': case '\u2019':
                return Role.CLOSES;
            default:
                return Role.EITHER;
        }
    }

    /**
     * Returns the style of an opening mark at {@code index}, or null if none opens there. Two
     * single marks in a row ({@code ''}, {@code ``}) are the typewriter form of a double mark.
     */
    static QuoteStyle openingStyleAt(char[] text, int length, int index) {
        if (index >= length) {
            return null;
        }
        char c = text[index];
        if (!isQuoteChar(c) || roleOf(c) == Role.CLOSES) {
            return null;
        }
        if (isDoubledSingle(text, length, index)) {
            return QuoteStyle.DOUBLE;
        }
        return styleOf(c);
    }

    /** Two single marks in a row read as one double mark. */
    static boolean isDoubledSingle(char[] text, int length, int index) {
        if (index + 1 >= length) {
            return false;
        }
        char c = text[index];
        char next = text[index + 1];
        return (c == '\'' && next == '\'') || (c == '`' && next == '`')
                || (c == '\u2019' && next == '\u2019') || (c == '\u2018' && next == '\u2018');
    }
}
