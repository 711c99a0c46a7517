package dev.slant.attribution;

import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import java.util.Arrays;

/**
 * The source phrase of each attribution of one text, and the rules that find it: the phrase right
 * before the cue ("Kremlin spokesman Dmitry Peskov said", "Peskov, the Kremlin spokesman, said"),
 * right after it ('"...," said Peskov', "according to the Kremlin"), or the subject of the
 * sentence for a participle ("..., saying that"); pronouns resolve through {@link SpeakerNames}.
 * Each attribution keeps its phrase, its {@link SourceKind} and the name it gives, as token
 * ranges in primitive arrays. Reused from text to text by one thread; not thread-safe.
 */
final class SourcePhrases {
    /** The longest source phrase, in words. */
    private static final int MAX_SOURCE_WORDS = 8;
    /** The longest parenthetical between a source and its cue ("Peskov, the Kremlin spokesman, said"). */
    private static final int MAX_PARENTHETICAL_WORDS = 12;
    /** The longest parenthesis after a source's name, in tokens ("(D-N.C.)"). */
    private static final int MAX_PARENTHESIS_TOKENS = 8;
    private static final long IT = TokenHash.of("it");
    private static final long THAT = TokenHash.of("that");

    private final TokenReader reader;
    private final SpeakerNames speakers;
    private int[] first = new int[16];
    private int[] end = new int[16];
    private byte[] kind = new byte[16];
    private int[] nameFirst = new int[16];
    private int[] nameEnd = new int[16];

    /** Whether the last {@link #findBefore} met a passive cue with no agent, which has no source at all. */
    private boolean passiveCue;

    SourcePhrases(TokenReader reader, SpeakerNames speakers) {
        this.reader = reader;
        this.speakers = speakers;
    }

    /** Whether the last {@link #findBefore} met a passive cue with no agent ("was accused"): no source follows either. */
    boolean foundPassive() {
        return passiveCue;
    }

    /** Starts attribution {@code a} with no source. */
    void clear(int a) {
        if (a >= first.length) {
            int capacity = Math.max(a + 1, first.length * 2);
            first = Arrays.copyOf(first, capacity);
            end = Arrays.copyOf(end, capacity);
            kind = Arrays.copyOf(kind, capacity);
            nameFirst = Arrays.copyOf(nameFirst, capacity);
            nameEnd = Arrays.copyOf(nameEnd, capacity);
        }
        first[a] = end[a] = nameFirst[a] = nameEnd[a] = -1;
        kind[a] = -1;
    }

    /** The first token of attribution {@code a}'s source phrase, or -1 when it has none. */
    int first(int a) {
        return first[a];
    }

    /** The token after attribution {@code a}'s source phrase, or -1 when it has none. */
    int end(int a) {
        return end[a];
    }

    /** Whether attribution {@code a} has a source phrase. */
    boolean isPresent(int a) {
        return first[a] >= 0;
    }

    /** Whether attribution {@code a}'s source phrase stands before token {@code t}. */
    boolean isBefore(int a, int t) {
        return first[a] >= 0 && first[a] < t;
    }

    /** Whether attribution {@code a}'s source is a pronoun ("he said"). */
    boolean isPronoun(int a) {
        return kind[a] == SourceKind.PRONOUN.ordinal();
    }

    /** The first token of the name attribution {@code a}'s source gives or resolves to, or -1. */
    int nameFirst(int a) {
        return nameFirst[a];
    }

    /** The token after that name, or -1. */
    int nameEnd(int a) {
        return nameEnd[a];
    }

    /** Gives attribution {@code a} the source phrase {@code [phraseFirst, phraseEnd)} and names it. */
    void set(int a, int phraseFirst, int phraseEnd) {
        first[a] = phraseFirst;
        end[a] = phraseEnd;
        classify(a, phraseFirst, phraseEnd);
    }

    /** Ends attribution {@code a}'s source phrase at {@code phraseEnd} instead, its name kept. */
    void extend(int a, int phraseEnd) {
        end[a] = Math.max(end[a], phraseEnd);
    }

    /** The kinds of the first {@code count} attributions' sources, -1 for none. */
    byte[] kinds(int count) {
        return Arrays.copyOf(kind, count);
    }

    /** The character offsets of the first {@code count} source phrases: start, end, ...; -1, -1 for none. */
    int[] phraseOffsets(int count, StructureBuffer tokens) {
        return offsets(first, end, count, tokens);
    }

    /** The character offsets of the first {@code count} names: start, end, ...; -1, -1 for none. */
    int[] nameOffsets(int count, StructureBuffer tokens) {
        return offsets(nameFirst, nameEnd, count, tokens);
    }

    private static int[] offsets(int[] firsts, int[] ends, int count, StructureBuffer tokens) {
        int[] offsets = new int[2 * count];
        for (int a = 0; a < count; a++) {
            boolean present = firsts[a] >= 0;
            offsets[2 * a] = present ? tokens.tokenStart(firsts[a]) : -1;
            offsets[2 * a + 1] = present ? tokens.tokenEnd(ends[a] - 1) : -1;
        }
        return offsets;
    }

    /**
     * Reads the source phrase that ends right before the cue, after the auxiliaries and adverbs
     * between them, or before a parenthetical set off by commas.
     *
     * @return the last token before the cue that belongs to the source or the words skipped
     */
    int findBefore(int a, int cue, int sentenceFirst) {
        passiveCue = false;
        int t = cue - 1;
        boolean passive = false;
        while (t >= sentenceFirst && reader.isWord(t)) {
            if (SourceWords.BETWEEN_SOURCE_AND_CUE.contains(reader.hash(t)) || reader.isAdverb(t)) {
                passive |= SourceWords.PASSIVE_AUXILIARIES.contains(reader.hash(t));
                t--;
            } else if (isTimeAfterPreposition(t)) {
                t -= 2; // "prosecutors in April charged", "a panel in 2001 found"
            } else {
                break;
            }
        }
        boolean auxiliary = t < cue - 1;
        if (reader.isParticiple(cue) && !auxiliary && t >= sentenceFirst) {
            if (reader.isWord(t) && (reader.isCapitalised(t) || reader.isIn(t, SourceWords.QUANTIFIER_PRONOUNS))
                    && !reader.isBoundary(t)) {
                int start = t; // "footage of Donald Trump saying ...", "one saying ...": the name before speaks.
                while (start > sentenceFirst && t - start < MAX_SOURCE_WORDS
                        && (reader.isCapitalised(start - 1) || reader.isAbbreviationPeriod(start - 1))) {
                    start--;
                }
                set(a, start, t + 1);
                return t;
            }
            // "..., arguing that", "tweets saying that": a participle's subject is the clause's, not the word before.
            return t;
        }
        if (t > sentenceFirst && reader.isAbbreviationPeriod(t)) {
            t--; // "Chief Justice John G. Roberts Jr. spoke": the name ends with its abbreviation.
        }
        int parenthesisEnd = reader.isAbbreviationPeriod(t + 1) && t + 1 < cue ? t + 1 : t;
        t = beforeParenthesis(t, sentenceFirst);
        if (t >= sentenceFirst && reader.isWord(t)) {
            if (passive && (reader.hash(t) == IT || reader.endsWithEd(cue)
                    || reader.isIn(cue, SourceWords.IRREGULAR_PARTICIPLES))) {
                passiveCue = true;
                return t; // "it was reported that", "the mayor was accused of": the subject is not the speaker.
            }
            if (SourceWords.SHARED_SUBJECT.contains(reader.hash(t))) {
                // "Trump took to Twitter to accuse ...", "... and said": the sentence's subject speaks.
                useSentenceSubject(a, sentenceFirst, t);
                return t;
            }
            setEndingAt(a, t, sentenceFirst);
            if (first[a] >= 0 && parenthesisEnd > t) {
                end[a] = parenthesisEnd + 1; // "Mike Pence (R-IN) said", "Roberts Jr. said": they belong to the source.
            }
            return parenthesisEnd;
        }
        if (reader.isMark(t, ',')) {
            int comma = previousComma(t - 1, sentenceFirst);
            int name = comma > sentenceFirst ? beforeParenthesis(comma - 1, sentenceFirst) : -1;
            if (comma > sentenceFirst && reader.isWord(name) && !reader.isQuoteClose(t - 1)) {
                setEndingAt(a, name, sentenceFirst);
                if (first[a] >= 0) {
                    end[a] = t; // The parenthetical belongs to the source.
                }
            }
        }
        return t;
    }

    /** Reads a source phrase right after the cue: '"...," said Peskov', "according to the Kremlin". */
    int findAfter(int a, int cueStart, int cueStop, int sentenceEnd) {
        int t = cueStop;
        int words = 0;
        while (t < sentenceEnd && words < MAX_SOURCE_WORDS
                && (reader.isWord(t) || t > cueStop && reader.isAbbreviationPeriod(t)) && !reader.isBoundary(t)
                // a cue word read as a noun may stand in the source ("said the ruling")
                && (!reader.isCueToken(t) || t > cueStop && reader.isIn(t - 1, SourceWords.NOUN_MARKERS))) {
            words += reader.isWord(t) ? 1 : 0;
            t++;
        }
        if (words > 0 && reader.isIn(cueStop, SourceWords.BETWEEN_CUE_AND_CONTENT) && t - cueStop == words
                && allTimeWords(cueStop, t)) {
            return -1; // '..., McConnell said Tuesday.': a time, not a source
        }
        if (words > 0 && reader.isMark(t, '(')) {
            t = afterParenthesis(t, sentenceEnd); // '"...," said Rep. Jim Clyburn (D-S.C.)'
        }
        // '"...," said one source on the panel': a noun phrase may end before a preposition.
        boolean postposed = reader.isMark(cueStart - 1, ',') || reader.isQuoteClose(cueStart - 1);
        boolean phraseBeforePreposition = postposed && reader.isBoundary(t) && reader.hash(t) != THAT
                && (reader.isCapitalised(cueStop) || reader.isIn(cueStop, SourceWords.NOUN_MARKERS));
        if (words == 0 || t < sentenceEnd && !reader.isMark(t, ',') && !reader.isMark(t, ':') && !reader.isSentenceEnd(t)
                && !reader.isQuoteClose(t) && !phraseBeforePreposition) {
            return -1;
        }
        if (words == 1 && SourceWords.PRONOUNS.contains(reader.hash(cueStop))) {
            setEndingAt(a, cueStop, cueStop);
        } else {
            set(a, cueStop, t);
        }
        return t;
    }

    /**
     * Takes the name that opens the sentence as the source ("Trump took to Twitter to accuse",
     * "The GOP nominee complained ..., even suggesting"), when one opens it before {@code limit}.
     */
    void useSentenceSubject(int a, int sentenceFirst, int limit) {
        int start = subjectStart(sentenceFirst, limit);
        int stop = start;
        if (stop < limit && SourceWords.DETERMINERS.contains(reader.hash(stop))) {
            stop++;
        }
        while (stop < limit && reader.isCapitalised(stop) && !reader.isCueToken(stop) && stop - start < MAX_SOURCE_WORDS) {
            stop++;
        }
        if (stop > start && reader.isCapitalised(stop - 1) && reader.quoteOf(start) < 0) {
            set(a, start, stop);
        }
    }

    /**
     * Takes the subject after an opening participle phrase as the source ("Citing a conspiracy
     * theory, Trump accused ...", "Lamenting their luck, Mexicans say ..."): the name or pronoun
     * right after the phrase's comma.
     */
    void useSubjectAfterOpening(int a, int from, int sentenceEnd) {
        for (int t = from; t < sentenceEnd && t - from <= MAX_PARENTHETICAL_WORDS; t++) {
            if (reader.isQuoteOpen(t)) {
                return;
            }
            if (reader.isMark(t, ',')) {
                int start = t + 1;
                if (reader.isIn(start, SourceWords.PRONOUNS)) {
                    setEndingAt(a, start, start);
                    return;
                }
                int stop = start;
                if (reader.isIn(stop, SourceWords.DETERMINERS)) {
                    stop++;
                }
                while (stop < sentenceEnd && stop - start < MAX_SOURCE_WORDS && (reader.isCapitalised(stop)
                        || reader.isAbbreviationPeriod(stop)) && !reader.isCueToken(stop)) {
                    stop++;
                }
                if (stop > start && reader.isCapitalised(stop - 1)) {
                    set(a, start, stop);
                }
                return;
            }
        }
    }

    /**
     * Where the subject of a sentence starts: after a short opening phrase set off by a comma ("On
     * Thursday, however, Trump spoke ...", "Chastened by the analyses, Trump revised ...") or an
     * opening conjunction ("But Trump ...").
     */
    private int subjectStart(int sentenceFirst, int limit) {
        int first = sentenceFirst;
        while (first < limit && !reader.isWord(first)) {
            first++;
        }
        if (first >= limit || !reader.isBoundary(first) && !reader.isAdverb(first) && !reader.isParticiple(first)
                && !reader.isIn(first, SourceWords.SENTENCE_OPENERS) && !reader.endsWithEd(first)) {
            return first;
        }
        for (int t = first + 1; t < limit && t - first <= MAX_PARENTHETICAL_WORDS; t++) {
            if (reader.isMark(t, ',')) {
                int after = t + 1;
                while (after < limit && (!reader.isWord(after) || reader.isIn(after, SourceWords.SENTENCE_OPENERS))) {
                    after++;
                }
                return after < limit ? after : first;
            }
        }
        // "But Trump ...": the subject follows the conjunction; "On September 27 they ...": no clear subject.
        return reader.isIn(first, SourceWords.CLAUSE_JOINERS) ? first + 1 : limit;
    }

    void setEndingAt(int a, int last, int sentenceFirst) {
        long hash = reader.hash(last);
        if (SourceWords.PRONOUNS.contains(hash)) {
            first[a] = last;
            end[a] = last + 1;
            kind[a] = (byte) SourceKind.PRONOUN.ordinal();
            speakers.resolvePronoun(last, sentenceFirst);
            nameFirst[a] = speakers.nameFirst();
            nameEnd[a] = speakers.nameEnd();
            return;
        }
        if (reader.isAdverb(last)) {
            return;
        }
        set(a, phraseStart(last, sentenceFirst), last + 1);
    }

    /** Walks back over a noun phrase: words, "Mr." and possessives, up to a boundary word. */
    private int phraseStart(int last, int sentenceFirst) {
        int first = last;
        int words = 1;
        for (int t = last - 1; t >= sentenceFirst && words < MAX_SOURCE_WORDS; t--) {
            if (t > sentenceFirst && reader.isAbbreviationPeriod(t)) {
                continue;
            }
            if (!reader.isWord(t) || reader.isBoundary(t) || isVerbCue(t)) {
                break;
            }
            first = t;
            words++;
        }
        return first;
    }

    private boolean allTimeWords(int first, int end) {
        for (int t = first; t < end; t++) {
            if (!reader.isIn(t, SourceWords.BETWEEN_CUE_AND_CONTENT)) {
                return false;
            }
        }
        return true;
    }

    /** A year, month or day after "in" or "on" ("in 2001", "in April"), between a source and its cue. */
    private boolean isTimeAfterPreposition(int t) {
        boolean time = reader.isIn(t, SourceWords.MONTHS) || reader.isNumber(t);
        return time && reader.isIn(t - 1, SourceWords.TIME_PREPOSITIONS);
    }

    /** A cue token that stands as a verb, not as a noun or a name ("the United States", "the ruling"). */
    private boolean isVerbCue(int t) {
        return reader.isCueToken(t) && !reader.isCapitalised(t) && !reader.isIn(t - 1, SourceWords.NOUN_MARKERS);
    }

    /** Steps over a short parenthesis that opens at {@code t} ("(D-N.C.)"), or returns {@code t}. */
    private int afterParenthesis(int t, int sentenceEnd) {
        for (int u = t + 1; u < sentenceEnd && u - t <= MAX_PARENTHESIS_TOKENS; u++) {
            if (reader.isMark(u, ')')) {
                return u + 1;
            }
        }
        return t;
    }

    /** Steps back over a short parenthesis that ends at {@code t} ("(R-IN)"), or returns {@code t}. */
    int beforeParenthesis(int t, int sentenceFirst) {
        if (!reader.isMark(t, ')')) {
            return t;
        }
        for (int u = t - 1; u >= sentenceFirst && t - u <= MAX_PARENTHESIS_TOKENS; u--) {
            if (reader.isMark(u, '(')) {
                return u - 1;
            }
        }
        return t;
    }

    private int previousComma(int from, int sentenceFirst) {
        int words = 0;
        for (int t = from; t >= sentenceFirst && words <= MAX_PARENTHETICAL_WORDS; t--) {
            if (reader.isMark(t, ',')) {
                return t;
            }
            if (reader.isAbbreviationPeriod(t)) {
                continue; // "Laurence H. Tribe,"
            }
            if (!reader.isWord(t) || isVerbCue(t)) {
                return -1;
            }
            words++;
        }
        return -1;
    }

    /** Names source {@code a} from its phrase {@code [first, end)}. */
    private void classify(int a, int first, int end) {
        kind[a] = (byte) speakers.classify(first, end).ordinal();
        nameFirst[a] = speakers.nameFirst();
        nameEnd[a] = speakers.nameEnd();
    }

    /** Gives attribution {@code to} the source of attribution {@code from} (a participle sharing its subject). */
    void copy(int from, int to) {
        first[to] = first[from];
        end[to] = end[from];
        kind[to] = kind[from];
        nameFirst[to] = nameFirst[from];
        nameEnd[to] = nameEnd[from];
    }
}
