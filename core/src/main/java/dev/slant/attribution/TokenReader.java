package dev.slant.attribution;

import dev.slant.internal.LongHashSet;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;
import dev.slant.voice.VoiceMap;
import java.util.Arrays;

/**
 * The questions attribution rules ask of one token of a scanned text (is it a word, capitalised, a
 * comma, inside speech?), answered from the structure without allocating. Reused from text to
 * text by one thread.
 */
final class TokenReader {
    private StructureBuffer tokens;
    private CharSequence text;
    private VoiceMap voices;
    /** Per token: the innermost quotation it stands in (its marks included), or -1. */
    private int[] quoteOfToken = new int[64];

    /** Reads a new text and maps its tokens to their quotations. */
    void reset(StructureBuffer structure, VoiceMap voiceMap) {
        this.tokens = structure;
        this.text = structure.text();
        this.voices = voiceMap;
        int n = tokens.tokenCount();
        if (quoteOfToken.length < n) {
            quoteOfToken = new int[Math.max(n, quoteOfToken.length * 2)];
        }
        Arrays.fill(quoteOfToken, 0, n, -1);
        // Quotations come outer first, so an inner one overwrites its part of the outer one.
        for (int q = 0; q < tokens.quotationCount(); q++) {
            Arrays.fill(quoteOfToken, tokens.quoteOpenToken(q), lastTokenOfQuotation(q) + 1, q);
        }
    }

    StructureBuffer structure() {
        return tokens;
    }

    long hash(int t) {
        return tokens.tokenHash(t);
    }

    boolean isIn(int t, LongHashSet words) {
        return isWord(t) && words.contains(tokens.tokenHash(t));
    }

    /** The quotation token {@code t} stands in, or -1. */
    int quoteOf(int t) {
        return quoteOfToken[t];
    }

    /** The last token of quotation {@code q}: its closing mark, or its last token when it never closes. */
    int lastTokenOfQuotation(int q) {
        int close = tokens.quoteCloseToken(q);
        if (close >= 0) {
            return close;
        }
        int t = tokens.quoteOpenToken(q);
        while (t + 1 < tokens.tokenCount() && tokens.tokenStart(t + 1) < tokens.quoteEnd(q)) {
            t++;
        }
        return t;
    }

    /** Speech, as opposed to scare quotes. */
    boolean isSpeech(int q) {
        return !voices.isScareQuote(q);
    }

    /** A token among the words of a speech quotation, not one of its marks. */
    boolean inSpeech(int t) {
        int q = quoteOfToken[t];
        return q >= 0 && isSpeech(q) && !isQuoteOpen(t) && !isQuoteClose(t);
    }

    boolean isCueToken(int t) {
        return voices.isCueToken(t);
    }

    /** Whether a word of {@code [first, end)} is one of {@code words}. */
    boolean hasIn(int first, int end, LongHashSet words) {
        for (int t = first; t < end; t++) {
            if (isIn(t, words)) {
                return true;
            }
        }
        return false;
    }

    boolean hasQuotationIn(int first, int end) {
        for (int t = first; t < end; t++) {
            if (isQuoteOpen(t)) {
                return true;
            }
        }
        return false;
    }

    boolean isNumber(int t) {
        return t >= 0 && t < tokens.tokenCount() && tokens.tokenKind(t) == TokenKind.NUMBER;
    }

    boolean isWord(int t) {
        return t >= 0 && t < tokens.tokenCount() && tokens.tokenKind(t).isWordLike();
    }

    /** A word that ends a source phrase: a conjunction, a relative word, most prepositions. */
    boolean isBoundary(int t) {
        return SourceWords.PHRASE_BOUNDARIES.contains(tokens.tokenHash(t));
    }

    boolean isCapitalised(int t) {
        return isWord(t) && Character.isUpperCase(text.charAt(tokens.tokenStart(t)));
    }

    /** Lower-case words ending in "ly" ("widely said") are adverbs. */
    boolean isAdverb(int t) {
        int end = tokens.tokenEnd(t);
        return !isCapitalised(t) && end - tokens.tokenStart(t) > 3 && endsWith(end, "ly");
    }

    /** A lower-case word ending in "ed" ("Chastened by the analyses, ..."). */
    boolean endsWithEd(int t) {
        int end = tokens.tokenEnd(t);
        return isWord(t) && end - tokens.tokenStart(t) > 3 && endsWith(end, "ed");
    }

    /** The period of an abbreviated title ("Rep.") or of an initial ("G. K. Butterfield"). */
    boolean isAbbreviationPeriod(int t) {
        if (!isMark(t, '.') || t == 0) {
            return false;
        }
        boolean initial = isCapitalised(t - 1) && tokens.tokenEnd(t - 1) - tokens.tokenStart(t - 1) == 1;
        return initial || isIn(t - 1, SourceWords.ABBREVIATED_TITLES);
    }

    boolean isParticiple(int t) {
        int end = tokens.tokenEnd(t);
        return end - tokens.tokenStart(t) > 4 && endsWith(end, "ing");
    }

    /**
     * Tells whether a lower-case word ends as English adjectives do ("disparaging remarks", "tough
     * questions"), so that a cue word after it is a noun.
     */
    boolean isAdjective(int t) {
        if (isCapitalised(t)) {
            return false;
        }
        int start = tokens.tokenStart(t);
        int end = tokens.tokenEnd(t);
        for (String suffix : SourceWords.ADJECTIVE_SUFFIXES) {
            if (end - suffix.length() > start + 2 && endsWith(end, suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A word ending in a possessive ("Trump's", "officials'"). */
    boolean isPossessive(int t) {
        int end = tokens.tokenEnd(t);
        return isWord(t) && (end - tokens.tokenStart(t) > 2 && text.charAt(end - 1) == 's'
                && TokenHash.isApostrophe(text.charAt(end - 2))
                || TokenHash.isApostrophe(text.charAt(end - 1)));
    }

    private boolean endsWith(int end, String suffix) {
        int from = end - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (text.charAt(from + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean isMark(int t, char mark) {
        return t >= 0 && t < tokens.tokenCount() && tokens.tokenEnd(t) - tokens.tokenStart(t) == 1
                && text.charAt(tokens.tokenStart(t)) == mark && !tokens.tokenKind(t).isWordLike();
    }

    /** An em or en dash, a horizontal bar, or a double hyphen, set between words. */
    boolean isDash(int t) {
        if (tokens.tokenKind(t).isWordLike() || tokens.tokenKind(t) == TokenKind.OPEN_QUOTE) {
            return false;
        }
        char c = text.charAt(tokens.tokenStart(t));
        int length = tokens.tokenEnd(t) - tokens.tokenStart(t);
        return c == '\u2014' || c == '\u2015' || c == '\u2013' && length == 1 || c == '-' && length == 2;
    }

    boolean isQuoteOpen(int t) {
        return t >= 0 && t < tokens.tokenCount() && tokens.tokenKind(t) == TokenKind.OPEN_QUOTE;
    }

    boolean isQuoteClose(int t) {
        return t >= 0 && t < tokens.tokenCount() && tokens.tokenKind(t) == TokenKind.CLOSE_QUOTE;
    }

    boolean isSentenceEnd(int t) {
        if (t < 0 || t >= tokens.tokenCount()) {
            return false;
        }
        char c = text.charAt(tokens.tokenStart(t));
        return tokens.tokenKind(t) == TokenKind.PUNCTUATION && (c == '.' || c == '!' || c == '?' || c == '\u2026');
    }
}
