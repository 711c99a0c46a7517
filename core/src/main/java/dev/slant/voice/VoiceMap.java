package dev.slant.voice;

import dev.slant.internal.SortedInts;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.text.Span;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenKind;
import java.util.Arrays;

/**
 * Decides the voice of spans in one text: which quotations are speech and which are scare quotes,
 * and which words stand in the scope of a distancing marker.
 *
 * <p>A quotation is read as <b>scare quotes</b> when it is closed, has at least one and at most
 * {@link VoiceSettings#scareQuoteMaxWords()} words and no sentence-ending mark, and no speech cue
 * stands around it: no colon or comma right before its opening mark, no comma, {@code ?} or
 * {@code !} right before its closing mark, and no reporting verb within
 * {@link VoiceSettings#cueWindow()} words on either side in the same sentence. Every other
 * quotation is speech. A distancing marker applies to up to {@link VoiceSettings#markerScope()}
 * words after it, and stops at the first token that is not a word or a number.
 *
 * <p>A map is reused from text to text by one thread; it is not thread-safe.
 */
public final class VoiceMap {
    private final VoiceSettings settings;
    private StructureBuffer tokens;
    private int quoteCursor = -1;
    /** One bit per token: set where a reporting verb's match covers the token. */
    private long[] cueTokens = new long[16];
    private boolean[] scare = new boolean[16];
    private int markerCount;
    private int[] markerStart = new int[16];
    private int[] markerEnd = new int[16];
    private int[] scopeEnd = new int[16];

    /**
     * Creates a map with the given thresholds.
     *
     * @param settings the thresholds
     */
    public VoiceMap(VoiceSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads the quotations and distancing markers of a scanned and matched text.
     *
     * @param text the scanned text
     * @param matches its phrase matches
     * @param lexicon the lexicon that produced the matches
     */
    public void prepare(StructureBuffer text, MatchBuffer matches, Lexicon lexicon) {
        this.tokens = text;
        this.quoteCursor = -1;
        int quotations = text.quotationCount();
        if (scare.length < quotations) {
            scare = new boolean[Math.max(quotations, scare.length * 2)];
        }
        markCueTokens(matches, lexicon);
        for (int q = 0; q < quotations; q++) {
            scare[q] = readsAsScareQuotes(q);
        }
        markerCount = 0;
        for (int m = 0; m < matches.count(); m++) {
            if (lexicon.groupHas(matches.group(m), Category.DISTANCING)) {
                addMarker(matches.firstToken(m), matches.endToken(m));
            }
        }
    }

    /**
     * Returns the voice code of the characters {@code [start, end)}, without allocating: the
     * innermost quotation's voice, else a distancing marker's, else the narrator's.
     *
     * @param start the first character
     * @param end the end, exclusive
     * @return a code that {@link #table()} turns into a {@link Voice}
     */
    public int voiceCode(int start, int end) {
        int q = tokens.innermostQuotationFrom(lastQuotationStartingBy(start), start, end);
        if (q >= 0) {
            return 1 + q;
        }
        int m = lastMarkerEndingBy(start);
        if (m >= 0 && start < scopeEnd[m]) {
            return -1 - m;
        }
        return VoiceTable.NARRATOR;
    }

    /**
     * Returns the kind of voice a code of the prepared text stands for, without allocating.
     *
     * @param code a code from {@link #voiceCode(int, int)}
     * @return its kind
     */
    public VoiceKind kindOf(int code) {
        if (code == VoiceTable.NARRATOR) {
            return VoiceKind.NARRATOR;
        }
        return code > 0 && !scare[code - 1] ? VoiceKind.QUOTED : VoiceKind.DISTANCED;
    }

    /**
     * Returns an immutable copy of the prepared text's quotations and markers, to decode voice codes later.
     *
     * @return the table
     */
    public VoiceTable table() {
        int quotations = tokens.quotationCount();
        int[] quoteStart = new int[quotations];
        int[] quoteEnd = new int[quotations];
        for (int q = 0; q < quotations; q++) {
            quoteStart[q] = tokens.quoteStart(q);
            quoteEnd[q] = tokens.quoteEnd(q);
        }
        return new VoiceTable(quoteStart, quoteEnd, Arrays.copyOf(scare, quotations),
                Arrays.copyOf(markerStart, markerCount), Arrays.copyOf(markerEnd, markerCount));
    }

    /**
     * Finds the last quotation starting by {@code offset}, walking on from the previous answer when
     * the offsets come in text order (as the analyzer asks), else by binary search.
     */
    private int lastQuotationStartingBy(int offset) {
        int count = tokens.quotationCount();
        if (quoteCursor >= 0 && tokens.quoteContentStart(quoteCursor) > offset) {
            quoteCursor = tokens.lastQuotationStartingBy(offset);
            return quoteCursor;
        }
        int steps = 0;
        while (quoteCursor + 1 < count && tokens.quoteContentStart(quoteCursor + 1) <= offset) {
            quoteCursor++;
            if (++steps == 16) {
                quoteCursor = tokens.lastQuotationStartingBy(offset);
                break;
            }
        }
        return quoteCursor;
    }

    /** Markers are in text order; returns the last one that ends at or before {@code start}, or -1. */
    private int lastMarkerEndingBy(int start) {
        return SortedInts.lastAtMost(markerEnd, markerCount, start);
    }


    /**
     * Tells whether quotation {@code q} of the prepared text was read as scare quotes.
     *
     * @param q a quotation index of the prepared text
     * @return true for scare quotes, false for speech
     */
    public boolean isScareQuote(int q) {
        return scare[q];
    }

    /** Marks the tokens of reporting-verb matches, so that a cue is found in constant time. */
    private void markCueTokens(MatchBuffer matches, Lexicon lexicon) {
        int words = (tokens.tokenCount() >> 6) + 1;
        if (cueTokens.length < words) {
            cueTokens = new long[Math.max(words, cueTokens.length * 2)];
        } else {
            Arrays.fill(cueTokens, 0, words, 0L);
        }
        for (int m = 0; m < matches.count(); m++) {
            if (lexicon.groupHas(matches.group(m), Category.REPORT_VERB)) {
                for (int t = matches.firstToken(m); t < matches.endToken(m); t++) {
                    cueTokens[t >> 6] |= 1L << t;
                }
            }
        }
    }

    /**
     * Tells whether token {@code t} of the prepared text is part of a reporting verb's match.
     *
     * @param t a token index of the prepared text
     * @return true for a reporting-verb token
     */
    public boolean isCueToken(int t) {
        return (cueTokens[t >> 6] & (1L << t)) != 0;
    }

    private boolean readsAsScareQuotes(int q) {
        int open = tokens.quoteOpenToken(q);
        int close = tokens.quoteCloseToken(q);
        if (close < 0) {
            return false;
        }
        int words = 0;
        for (int t = open + 1; t < close; t++) {
            TokenKind kind = tokens.tokenKind(t);
            if (kind.isWordLike()) {
                words++;
            } else if (kind == TokenKind.PUNCTUATION && isSentenceEnd(t)) {
                return false;
            }
        }
        if (words == 0 || words > settings.scareQuoteMaxWords()) {
            return false;
        }
        if (open > 0 && isMark(open - 1, ':') || open > 0 && isMark(open - 1, ',')) {
            return false;
        }
        if (isMark(close - 1, ',') || isMark(close - 1, '?') || isMark(close - 1, '!')) {
            return false;
        }
        return !hasCue(open, -1) && !hasCue(close, +1);
    }

    /** Looks for a reporting verb within the cue window from {@code from}, in one direction. */
    private boolean hasCue(int from, int step) {
        int seen = 0;
        for (int t = from + step; t >= 0 && t < tokens.tokenCount() && seen < settings.cueWindow(); t += step) {
            TokenKind kind = tokens.tokenKind(t);
            if (kind == TokenKind.PUNCTUATION && isSentenceEnd(t)) {
                return false;
            }
            if (!kind.isWordLike()) {
                continue;
            }
            seen++;
            if (isCueToken(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSentenceEnd(int t) {
        char c = tokens.text().charAt(tokens.tokenStart(t));
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private boolean isMark(int t, char mark) {
        return t >= 0 && tokens.tokenEnd(t) - tokens.tokenStart(t) == 1
                && tokens.text().charAt(tokens.tokenStart(t)) == mark;
    }

    private void addMarker(int first, int end) {
        int words = 0;
        int last = end - 1;
        for (int t = end; t < tokens.tokenCount() && words < settings.markerScope(); t++) {
            TokenKind kind = tokens.tokenKind(t);
            if (!kind.isWordLike()) {
                break;
            }
            words++;
            last = t;
        }
        if (last < end) {
            return;
        }
        if (markerCount == markerStart.length) {
            int capacity = markerCount * 2;
            markerStart = Arrays.copyOf(markerStart, capacity);
            markerEnd = Arrays.copyOf(markerEnd, capacity);
            scopeEnd = Arrays.copyOf(scopeEnd, capacity);
        }
        markerStart[markerCount] = tokens.tokenStart(first);
        markerEnd[markerCount] = tokens.tokenEnd(end - 1);
        scopeEnd[markerCount] = tokens.tokenEnd(last);
        markerCount++;
    }
}
