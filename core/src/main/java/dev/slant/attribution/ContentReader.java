package dev.slant.attribution;

import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;

/**
 * The rules that find what a cue reports: the rest of its sentence after it, or of a quotation
 * that opens there ("Putin stated: "...""), past an addressee and "that" ("told Putin that ..."),
 * up to where a later attribution of the same sentence begins; or what precedes it ('"...," Putin
 * said'). Each adds a part to the attribution's {@link ContentParts}. Reused from text to text by
 * one thread; not thread-safe.
 */
final class ContentReader {
    /** The longest addressee or adverbial skipped before "that". */
    private static final int MAX_ADDRESSEE_WORDS = 6;
    /** The most words between a comma and the cue of a later attribution (", the source added"). */
    private static final int MAX_SOURCE_WORDS = 8;
    private static final long THAT = TokenHash.of("that");
    /** The longest clause before an impersonal cue, in tokens ("drawing on home equity seems"). */
    private static final int MAX_CLAUSE_TOKENS = 30;

    private final TokenReader reader;
    private final ContentParts parts;
    private StructureBuffer tokens;

    ContentReader(TokenReader reader, ContentParts parts) {
        this.reader = reader;
        this.parts = parts;
    }

    /** Reads a new text, the one the token reader was reset to. */
    void reset() {
        this.tokens = reader.structure();
    }

    /**
     * Adds what follows {@code from} to the end of its sentence, or of a quotation opening there.
     *
     * @return false when nothing follows (the content must be before the cue)
     */
    boolean addAfter(int a, int from, int sentenceEnd) {
        int t = from;
        while (t < sentenceEnd && (reader.isWord(t) && SourceWords.BETWEEN_CUE_AND_CONTENT.contains(reader.hash(t))
                && reader.hash(t) != THAT
                || reader.isMark(t, ':') || reader.isMark(t, ',') && (t > from || reader.isQuoteOpen(t + 1)))) {
            t++;
        }
        if (t >= sentenceEnd || reader.isMark(t, ',') || reader.isSentenceEnd(t) || reader.isQuoteClose(t)) {
            return false;
        }
        t = complementiser(t, sentenceEnd);
        int end = Math.min(contentEnd(sentenceEnd), nextAttribution(t, sentenceEnd));
        int q = reader.quoteOf(t);
        if (reader.isQuoteOpen(t) && q >= 0 && reader.isSpeech(q)) {
            int close = tokens.quoteCloseToken(q);
            end = close >= 0 ? Math.max(end, close + 1) : Math.max(end, reader.lastTokenOfQuotation(q) + 1);
        }
        if (end <= t) {
            return false;
        }
        parts.add(a, t, end);
        return true;
    }

    /**
     * Adds the whole clause around an impersonal cue ("drawing on savings seems too risky"): from
     * the comma before it, or the sentence start, to the end of its content.
     */
    void addClauseAround(int a, int cueStart, int cueStop, int sentenceFirst, int sentenceEnd) {
        int start = cueStart;
        while (start > sentenceFirst && cueStart - start < MAX_CLAUSE_TOKENS && !reader.isMark(start - 1, ',')
                && !reader.isMark(start - 1, ';')) {
            start--;
        }
        while (start < cueStart && (!reader.isWord(start) || reader.isIn(start, SourceWords.CLAUSE_JOINERS))) {
            start++;
        }
        int end = Math.min(contentEnd(sentenceEnd), nextAttribution(cueStop, sentenceEnd));
        if (start < cueStart && end > cueStop) {
            parts.add(a, start, end);
        }
    }

    /** Adds what precedes {@code last} (inclusive) back to the sentence start, or the quotation opening earlier. */
    void addBefore(int a, int last, int sentenceFirst) {
        int end = last;
        while (end >= sentenceFirst && (reader.isMark(end, ',') || reader.isMark(end, ':') || tokens.tokenKind(end) == TokenKind.SYMBOL)) {
            end--;
        }
        if (end < sentenceFirst) {
            return;
        }
        int start = sentenceFirst;
        int q = reader.quoteOf(end);
        if (reader.isQuoteClose(end) && q >= 0 && reader.isSpeech(q)) {
            start = Math.min(start, tokens.quoteOpenToken(q));
        }
        parts.add(a, start, end + 1);
    }

    /**
     * Skips an addressee or an adverbial before "that" ("told Putin that", "said in Ankara that"),
     * when a "that" follows within a few words with no punctuation between: the content starts at
     * "that", as attribution corpora mark it.
     */
    private int complementiser(int from, int sentenceEnd) {
        for (int t = from; t < sentenceEnd && t - from <= MAX_ADDRESSEE_WORDS && reader.isWord(t); t++) {
            if (t > from && (reader.isCueToken(t) || reader.isIn(t, SourceWords.CLAUSE_JOINERS))) {
                return from; // "says the plan works and said that ...": a clause, not an addressee, before "that".
            }
            if (reader.hash(t) == THAT) {
                return t + 1 < sentenceEnd ? t : from;
            }
        }
        return from;
    }

    /**
     * Finds where a later attribution of the same sentence begins (", the source added", "after
     * Erdogan alleged"), which ends this one's content: a comma or a subordinating word followed
     * by a source phrase and a cue; or a dash, after which the writer glosses in its own voice.
     */
    private int nextAttribution(int from, int sentenceEnd) {
        // A clause that opens the content ("said after the talks he would ...") is part of it.
        for (int t = from + 1; t < sentenceEnd; t++) {
            boolean outsideSpeech = reader.quoteOf(t) < 0 || !reader.isSpeech(reader.quoteOf(t));
            if (outsideSpeech && reader.isDash(t)) {
                return t; // "... in Idlib -- the last rebel stronghold": the writer's own gloss.
            }
            boolean opensClause = reader.isMark(t, ',') || reader.isWord(t) && SourceWords.SUBORDINATORS.contains(reader.hash(t));
            if (!opensClause || !outsideSpeech) {
                continue;
            }
            for (int u = t + 1, words = 0; u < sentenceEnd && words <= MAX_SOURCE_WORDS && reader.isWord(u); u++, words++) {
                if (reader.isCueToken(u) && !reader.isAdverb(u)) {
                    return t;
                }
            }
        }
        return sentenceEnd;
    }

    /** The end of a sentence's content: before a final mark that stands outside any quotation. */
    int contentEnd(int sentenceEnd) {
        int end = sentenceEnd;
        while (end > 0 && tokens.tokenKind(end - 1) == TokenKind.PUNCTUATION && reader.quoteOf(end - 1) < 0) {
            end--;
        }
        return end;
    }
}
