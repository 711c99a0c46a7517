package dev.slant.text;

/**
 * Pairs quotation marks as the scanner meets them: a stack of open quotations per paragraph, with
 * the news convention of a quotation that reopens at the start of each paragraph it runs over.
 */
final class QuoteTracker {
    private static final int MAX_DEPTH = 32;

    private final int[] openToken = new int[MAX_DEPTH];
    private final QuoteStyle[] openStyle = new QuoteStyle[MAX_DEPTH];
    private int depth;
    private QuoteStyle reopening;

    private StructureBuffer buffer;
    private Diagnostics diagnostics;

    void reset(StructureBuffer target, Diagnostics sink) {
        buffer = target;
        diagnostics = sink;
        depth = 0;
        reopening = null;
    }

    boolean isOpen(QuoteStyle style) {
        for (int i = depth - 1; i >= 0; i--) {
            if (openStyle[i] == style) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records an opening mark; a mark that starts a paragraph by reopening the quotation continued
     * from the previous one opens nothing new.
     */
    void open(QuoteStyle style, int token, boolean firstInParagraph) {
        if (reopening != null) {
            boolean reopens = firstInParagraph && style == reopening;
            reopening = null;
            if (reopens) {
                return;
            }
            closeAllUnclosed(buffer.tokenCount() - 1);
        }
        if (depth == MAX_DEPTH) {
            closeInnermostUnclosed(token - 1);
        }
        openToken[depth] = token;
        openStyle[depth] = style;
        depth++;
    }

    /** Records a closing mark; returns false when no open quotation of its style exists. */
    boolean close(QuoteStyle style, int token) {
        if (!isOpen(style)) {
            int start = buffer.tokenStart(token);
            diagnostics.add(DiagnosticCode.UNMATCHED_CLOSING_QUOTE,
                    "closing quotation mark without an opening mark", start, buffer.tokenEnd(token), 1);
            return false;
        }
        while (openStyle[depth - 1] != style) {
            closeInnermostUnclosed(token - 1);
        }
        depth--;
        int closeStart = buffer.tokenStart(token);
        buffer.addQuotation(openToken[depth], token, closeStart, buffer.tokenEnd(token), style, depth);
        return true;
    }

    /**
     * Called at a blank line, before the next paragraph's first token: keeps the outermost
     * quotation open when the next paragraph starts by reopening it, and ends the rest.
     */
    void paragraphBreak(char[] text, int length, int nextTokenStart, int lastToken) {
        if (depth == 0) {
            return;
        }
        while (depth > 1) {
            closeInnermostUnclosed(lastToken);
        }
        QuoteStyle reopened = QuoteMarks.openingStyleAt(text, length, nextTokenStart);
        if (reopened == openStyle[0]) {
            reopening = reopened;
        } else {
            closeInnermostUnclosed(lastToken);
        }
    }

    void finish(int lastToken) {
        reopening = null;
        closeAllUnclosed(lastToken);
    }

    private void closeAllUnclosed(int lastToken) {
        while (depth > 0) {
            closeInnermostUnclosed(lastToken);
        }
    }

    private void closeInnermostUnclosed(int lastToken) {
        depth--;
        int open = openToken[depth];
        int end = lastToken >= open ? buffer.tokenEnd(lastToken) : buffer.tokenEnd(open);
        buffer.addQuotation(open, -1, end, end, openStyle[depth], depth);
        diagnostics.add(DiagnosticCode.UNCLOSED_QUOTATION,
                "quotation is never closed; it ends with its paragraph or the text",
                buffer.tokenStart(open), buffer.tokenEnd(open), 1);
    }
}
