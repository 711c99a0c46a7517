package dev.slant.text;

import dev.slant.internal.SortedInts;
import java.util.Arrays;

/**
 * The text structure of one article in primitive arrays: the zero-allocation level under
 * {@link TextStructure}.
 *
 * <p>A buffer is filled by {@link StructureScanner#scan} and may be reused for the next article:
 * its arrays grow with the texts it reads, so that scanning allocates nothing per token, and
 * shrink again when a text is much smaller than the largest before it, so that one huge article
 * does not pin its memory for the rest of a run. A buffer is not thread-safe; use one per thread.
 */
public final class StructureBuffer {
    private static final int INITIAL = 64;
    private static final QuoteStyle[] QUOTE_STYLES = QuoteStyle.values();

    int tokenCount;
    int wordCount;
    int[] tokenStart = new int[INITIAL];
    int[] tokenEnd = new int[INITIAL];
    byte[] tokenKind = new byte[INITIAL];
    long[] tokenHash = new long[INITIAL];

    int sentenceCount;
    int[] sentenceFirstToken = new int[INITIAL];

    int paragraphCount;
    int[] paragraphFirstToken = new int[INITIAL];

    int quotationCount;
    int[] quoteStart = new int[INITIAL];
    int[] quoteEnd = new int[INITIAL];
    int[] quoteContentStart = new int[INITIAL];
    int[] quoteContentEnd = new int[INITIAL];
    int[] quoteOpenToken = new int[INITIAL];
    int[] quoteCloseToken = new int[INITIAL];
    byte[] quoteStyle = new byte[INITIAL];
    byte[] quoteDepth = new byte[INITIAL];
    boolean[] quoteClosed = new boolean[INITIAL];

    CharSequence text = "";
    private char[] chars = new char[256];

    void reset(CharSequence newText) {
        text = newText;
        shrinkFor(newText.length());
        copyChars(newText);
        tokenCount = 0;
        wordCount = 0;
        sentenceCount = 0;
        paragraphCount = 0;
        quotationCount = 0;
    }

    /** Arrays at least this long are shrunk for a text four times smaller. */
    private static final int SHRINK_ABOVE = 1 << 20;

    private void shrinkFor(int length) {
        if (chars.length > SHRINK_ABOVE && chars.length > 4L * length) {
            chars = new char[Math.max(length, 256)];
        }
        if (tokenStart.length > SHRINK_ABOVE && tokenStart.length > 4L * length) {
            tokenStart = new int[INITIAL];
            tokenEnd = new int[INITIAL];
            tokenKind = new byte[INITIAL];
            tokenHash = new long[INITIAL];
        }
    }

    /** Scanning reads a reused array: much faster than {@code charAt}, and no allocation once it has grown. */
    private void copyChars(CharSequence newText) {
        int length = newText.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length + (chars.length >> 1))];
        }
        if (newText instanceof String) {
            ((String) newText).getChars(0, length, chars, 0);
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = newText.charAt(i);
            }
        }
    }

    char[] chars() {
        return chars;
    }

    void addToken(int start, int end, TokenKind kind, long hash) {
        if (tokenCount == tokenStart.length) {
            int capacity = grow(tokenCount);
            tokenStart = Arrays.copyOf(tokenStart, capacity);
            tokenEnd = Arrays.copyOf(tokenEnd, capacity);
            tokenKind = Arrays.copyOf(tokenKind, capacity);
            tokenHash = Arrays.copyOf(tokenHash, capacity);
        }
        tokenStart[tokenCount] = start;
        tokenEnd[tokenCount] = end;
        tokenKind[tokenCount] = (byte) kind.ordinal();
        tokenHash[tokenCount] = hash;
        tokenCount++;
        if (kind.isWordLike()) {
            wordCount++;
        }
    }

    void startSentence(int firstToken) {
        if (sentenceCount == sentenceFirstToken.length) {
            sentenceFirstToken = Arrays.copyOf(sentenceFirstToken, grow(sentenceCount));
        }
        sentenceFirstToken[sentenceCount++] = firstToken;
    }

    void startParagraph(int firstToken) {
        if (paragraphCount == paragraphFirstToken.length) {
            paragraphFirstToken = Arrays.copyOf(paragraphFirstToken, grow(paragraphCount));
        }
        paragraphFirstToken[paragraphCount++] = firstToken;
    }

    void addQuotation(int openToken, int closeToken, int contentEnd, int end, QuoteStyle style, int depth) {
        if (quotationCount == quoteStart.length) {
            int capacity = grow(quotationCount);
            quoteStart = Arrays.copyOf(quoteStart, capacity);
            quoteEnd = Arrays.copyOf(quoteEnd, capacity);
            quoteContentStart = Arrays.copyOf(quoteContentStart, capacity);
            quoteContentEnd = Arrays.copyOf(quoteContentEnd, capacity);
            quoteOpenToken = Arrays.copyOf(quoteOpenToken, capacity);
            quoteCloseToken = Arrays.copyOf(quoteCloseToken, capacity);
            quoteStyle = Arrays.copyOf(quoteStyle, capacity);
            quoteDepth = Arrays.copyOf(quoteDepth, capacity);
            quoteClosed = Arrays.copyOf(quoteClosed, capacity);
        }
        int q = quotationCount++;
        quoteStart[q] = tokenStart[openToken];
        quoteContentStart[q] = tokenEnd[openToken];
        quoteContentEnd[q] = Math.max(contentEnd, tokenEnd[openToken]);
        quoteEnd[q] = Math.max(end, tokenEnd[openToken]);
        quoteOpenToken[q] = openToken;
        quoteCloseToken[q] = closeToken;
        quoteStyle[q] = (byte) style.ordinal();
        quoteDepth[q] = (byte) Math.min(depth, Byte.MAX_VALUE);
        quoteClosed[q] = closeToken >= 0;
    }

    private static int grow(int size) {
        return size + (size >> 1) + 16;
    }

    /**
     * Returns the text the buffer was last filled from.
     *
     * @return the text
     */
    public CharSequence text() {
        return text;
    }

    /**
     * Returns the number of tokens.
     *
     * @return the token count
     */
    public int tokenCount() {
        return tokenCount;
    }

    /**
     * Returns the number of word tokens (words and numbers), the base of rates per 1,000 words.
     *
     * @return the word count
     */
    public int wordCount() {
        return wordCount;
    }

    /**
     * Returns where token {@code i} starts.
     *
     * @param i a token index in {@code [0, tokenCount())}
     * @return its first character
     */
    public int tokenStart(int i) {
        return tokenStart[i];
    }

    /**
     * Returns where token {@code i} ends.
     *
     * @param i a token index
     * @return its end, exclusive
     */
    public int tokenEnd(int i) {
        return tokenEnd[i];
    }

    /**
     * Returns the kind of token {@code i}.
     *
     * @param i a token index
     * @return its kind
     */
    public TokenKind tokenKind(int i) {
        return TokenKind.ofOrdinal(tokenKind[i]);
    }

    /**
     * Returns the matching key of token {@code i}, as {@link TokenHash} computes it.
     *
     * @param i a token index
     * @return its hash
     */
    public long tokenHash(int i) {
        return tokenHash[i];
    }

    /**
     * Returns the number of sentences.
     *
     * @return the sentence count
     */
    public int sentenceCount() {
        return sentenceCount;
    }

    /**
     * Returns the first token of sentence {@code s}.
     *
     * @param s a sentence index
     * @return a token index
     */
    public int sentenceFirstToken(int s) {
        return sentenceFirstToken[s];
    }

    /**
     * Returns the token after the last token of sentence {@code s}.
     *
     * @param s a sentence index
     * @return a token index, exclusive
     */
    public int sentenceEndToken(int s) {
        return s + 1 < sentenceCount ? sentenceFirstToken[s + 1] : tokenCount;
    }

    /**
     * Returns the number of paragraphs.
     *
     * @return the paragraph count
     */
    public int paragraphCount() {
        return paragraphCount;
    }

    /**
     * Returns the first token of paragraph {@code p}.
     *
     * @param p a paragraph index
     * @return a token index
     */
    public int paragraphFirstToken(int p) {
        return paragraphFirstToken[p];
    }

    /**
     * Returns the token after the last token of paragraph {@code p}.
     *
     * @param p a paragraph index
     * @return a token index, exclusive
     */
    public int paragraphEndToken(int p) {
        return p + 1 < paragraphCount ? paragraphFirstToken[p + 1] : tokenCount;
    }

    /**
     * Returns the number of quotations, ordered by where they start (outer before inner).
     *
     * @return the quotation count
     */
    public int quotationCount() {
        return quotationCount;
    }

    /**
     * Returns where quotation {@code q} starts, with its opening mark.
     *
     * @param q a quotation index
     * @return its first character
     */
    public int quoteStart(int q) {
        return quoteStart[q];
    }

    /**
     * Returns where quotation {@code q} ends, with its closing mark if it has one.
     *
     * @param q a quotation index
     * @return its end, exclusive
     */
    public int quoteEnd(int q) {
        return quoteEnd[q];
    }

    /**
     * Returns where the quoted words of quotation {@code q} start.
     *
     * @param q a quotation index
     * @return the character after the opening mark
     */
    public int quoteContentStart(int q) {
        return quoteContentStart[q];
    }

    /**
     * Returns where the quoted words of quotation {@code q} end.
     *
     * @param q a quotation index
     * @return the character of the closing mark, or the end of the last quoted token
     */
    public int quoteContentEnd(int q) {
        return quoteContentEnd[q];
    }

    /**
     * Returns the token index of the opening mark of quotation {@code q}.
     *
     * @param q a quotation index
     * @return a token index
     */
    public int quoteOpenToken(int q) {
        return quoteOpenToken[q];
    }

    /**
     * Returns the token index of the closing mark of quotation {@code q}, or -1 if it has none.
     *
     * @param q a quotation index
     * @return a token index, or -1
     */
    public int quoteCloseToken(int q) {
        return quoteCloseToken[q];
    }

    /**
     * Returns the style of quotation {@code q}.
     *
     * @param q a quotation index
     * @return its style
     */
    public QuoteStyle quoteStyle(int q) {
        return QUOTE_STYLES[quoteStyle[q]];
    }

    /**
     * Returns the nesting depth of quotation {@code q}.
     *
     * @param q a quotation index
     * @return 0 for an outermost quotation
     */
    public int quoteDepth(int q) {
        return quoteDepth[q];
    }

    /**
     * Tells whether quotation {@code q} has a closing mark.
     *
     * @param q a quotation index
     * @return true if closed
     */
    public boolean quoteClosed(int q) {
        return quoteClosed[q];
    }

    /**
     * Returns the innermost quotation whose quoted words contain {@code [start, end)}, or -1.
     *
     * @param start the first character
     * @param end the end, exclusive
     * @return a quotation index, or -1 when the range is not quoted
     */
    public int innermostQuotation(int start, int end) {
        return innermostQuotationFrom(lastQuotationStartingBy(start), start, end);
    }

    /**
     * Returns the last quotation whose quoted words start at or before {@code offset}, or -1.
     *
     * @param offset a character offset
     * @return a quotation index, or -1
     */
    public int lastQuotationStartingBy(int offset) {
        return SortedInts.lastAtMost(quoteContentStart, quotationCount, offset);
    }


    /**
     * Returns the innermost quotation containing {@code [start, end)}, searching back from
     * {@code last}, the last quotation starting at or before {@code start} (quotations are ordered
     * by start, so the innermost container is the nearest one before).
     *
     * @param last the result of {@link #lastQuotationStartingBy(int)} for {@code start}
     * @param start the first character
     * @param end the end, exclusive
     * @return a quotation index, or -1 when the range is not quoted
     */
    public int innermostQuotationFrom(int last, int start, int end) {
        for (int q = last; q >= 0; q--) {
            if (quoteContentStart[q] <= start && end <= quoteContentEnd[q]) {
                return q;
            }
            if (quoteDepth[q] == 0 && quoteContentEnd[q] <= start) {
                // An outermost quotation that ended before the range: nothing earlier can contain it.
                return -1;
            }
        }
        return -1;
    }

    void sortQuotations() {
        // Quotations are recorded as they close (inner first); order them by start, outer first.
        for (int i = 1; i < quotationCount; i++) {
            for (int j = i; j > 0 && quoteStart[j - 1] > quoteStart[j]; j--) {
                swapQuotations(j - 1, j);
            }
        }
    }

    private void swapQuotations(int a, int b) {
        swap(quoteStart, a, b);
        swap(quoteEnd, a, b);
        swap(quoteContentStart, a, b);
        swap(quoteContentEnd, a, b);
        swap(quoteOpenToken, a, b);
        swap(quoteCloseToken, a, b);
        byte style = quoteStyle[a];
        quoteStyle[a] = quoteStyle[b];
        quoteStyle[b] = style;
        byte depth = quoteDepth[a];
        quoteDepth[a] = quoteDepth[b];
        quoteDepth[b] = depth;
        boolean closed = quoteClosed[a];
        quoteClosed[a] = quoteClosed[b];
        quoteClosed[b] = closed;
    }

    private static void swap(int[] array, int a, int b) {
        int value = array[a];
        array[a] = array[b];
        array[b] = value;
    }
}
