package dev.slant.attribution;

import dev.slant.text.TokenHash;

/**
 * The questions about a reporting cue that decide whether it reports a statement here: whether it
 * reads as a noun, names part of the next cue's source, needs a clause after it, or takes its
 * source after it. Answered from the tokens, without allocating.
 */
final class CueTests {
    private static final long TO = TokenHash.of("to");
    private static final long BY = TokenHash.of("by");
    private static final long THAT = TokenHash.of("that");
    private static final long WITH = TokenHash.of("with");
    /** The most words of a sentence read to tell whether it is in title case. */
    private static final int TITLE_WORDS = 40;

    private final TokenReader reader;

    CueTests(TokenReader reader) {
        this.reader = reader;
    }

    /**
     * Tells whether a cue word stands as a noun ("the state", "Trump's comments", "United
     * States"): after a determiner or a possessive (not a contraction: "he's claiming"), or
     * capitalised inside a sentence that is not in title case; not after a quantifier that opens its
     * clause as the subject ("Many say ...").
     */
    boolean readsAsNoun(int cue, boolean titleCase) {
        int before = cue - 1;
        if (before < 0 || !reader.isWord(before) || reader.isAdverb(cue)) {
            return false;
        }
        if (reader.isIn(before, SourceWords.QUANTIFIER_PRONOUNS) && !reader.isWord(before - 1)) {
            return false; // "Some believe ...", "No one expected ...": the quantifier is the subject.
        }
        return reader.isCapitalised(cue) && !titleCase || reader.isIn(before, SourceWords.NOUN_MARKERS)
                || reader.isAdjective(before) || reader.isPossessive(before) && !reader.isIn(before, SourceWords.CONTRACTIONS)
                || possessorBefore(cue) >= 0;
    }

    /**
     * Tells whether a sentence is written in title case, as headlines are ("Graham Says Trump Could
     * Win"): three words or more, every word capitalised but the short function words. Reads at most
     * {@link #TITLE_WORDS} words.
     */
    boolean isTitleCase(int first, int end) {
        int words = 0;
        for (int t = first; t < end && words < TITLE_WORDS; t++) {
            if (!reader.isWord(t)) {
                continue;
            }
            words++;
            if (!reader.isCapitalised(t) && !reader.isIn(t, SourceWords.TITLE_FUNCTION_WORDS)) {
                return false;
            }
        }
        return words >= 3;
    }

    /**
     * Tells whether a cue word that is as often a noun ("the tax plan", "wide support", "swing
     * states") stands without a verb's marks: no subject pronoun, auxiliary, modal or "to" right
     * before it, and no complement, object or name right after it ("plans to", "support her",
     * "states that", "attacked Clinton").
     */
    boolean lacksVerbMarks(int cue, int cueStop) {
        if (!reader.isIn(cue, SourceWords.NOUN_OR_VERB_CUES) || cueStop - cue > 1) { // "calls for" is a verb
            return false;
        }
        int before = cue - 1;
        int after = cue + 1;
        if (reader.isIn(after, SourceWords.PHRASE_JOINERS) && reader.isWord(after + 1)
                && !reader.isIn(before, SourceWords.PRONOUNS)) {
            return true; // "state and local leaders", "plans or budgets": two nouns joined
        }
        if (reader.isWord(before) && !reader.isCapitalised(before) && !reader.isIn(before, SourceWords.VERB_MARKERS_BEFORE)
                && (reader.endsWithEd(before) || reader.isParticiple(before)
                        || reader.isIn(before, SourceWords.OBJECT_TAKING_VERBS))) {
            return true; // "unveiled plans to", "dialing back plans", "made plans to": the object of a verb
        }
        boolean markedBefore = reader.isIn(before, SourceWords.VERB_MARKERS_BEFORE)
                || reader.isWord(before) && reader.isAdverb(before);
        boolean markedAfter = reader.isIn(after, SourceWords.VERB_MARKERS_AFTER) || reader.isCapitalised(after)
                || reader.isMark(after, ':') || reader.isQuoteOpen(after);
        // '..., the Journal reports.': a name before a cue that ends the clause is its subject.
        boolean endsAfterName = reader.isCapitalised(before)
                && (reader.isMark(after, ',') || reader.isSentenceEnd(after) || reader.isQuoteClose(after));
        return !markedBefore && !markedAfter && !endsAfterName;
    }

    /**
     * Tells whether a cue stands in a participle phrase after a noun ("the troops, supported by
     * airstrikes, ...", "a plan backed by donors"), which describes the noun and reports no
     * statement; a passive with its auxiliary ("was backed by") or after a name reports one.
     */
    boolean isParticiplePhrase(int cueStart, int cueStop) {
        if (!reader.isWord(cueStop) || reader.hash(cueStop) != BY) {
            return false;
        }
        int before = cueStart - 1;
        return reader.isMark(before, ',') || reader.isWord(before) && !reader.isCapitalised(before)
                && !reader.isAdverb(before) && !reader.isIn(before, SourceWords.BETWEEN_SOURCE_AND_CUE)
                && !reader.isIn(before, SourceWords.PRONOUNS);
    }

    /**
     * Tells whether a cue names an attitude to something rather than a statement or a thought
     * ("supports the offensive", "attacked Clinton"), so that what follows it is the writer's words.
     */
    boolean isAttitude(int cueStart, int cueStop) {
        for (int t = cueStart; t < cueStop; t++) {
            if (reader.isIn(t, SourceWords.ATTITUDE_CUES)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the cue at {@code cue} names the occasion of a statement rather than the
     * statement: a phrase such as "in an interview" or "at a news conference", or a form of
     * "speak" before a preposition ("speaking to reporters", "spoke at a rally"), not "spoke out".
     */
    boolean namesOccasion(int cue) {
        return reader.isIn(cue, SourceWords.OCCASION_PREPOSITIONS)
                || reader.isIn(cue, SourceWords.SPEAK_FORMS) && reader.isIn(cue + 1, SourceWords.OCCASION_PREPOSITIONS);
    }

    /**
     * A cue read as a noun opens a clause of what was said when "that" follows it ("the claim that
     * ..."), unless an auxiliary or a cue after "that" makes it a relative clause ("the questions
     * that have swirled", "the views that threaten").
     */
    boolean opensNounClause(int cueStop) {
        int next = cueStop + 1;
        return reader.isWord(cueStop) && reader.hash(cueStop) == THAT && reader.isWord(next)
                && !reader.isIn(next, SourceWords.BETWEEN_SOURCE_AND_CUE) && !reader.isCueToken(next);
    }

    /**
     * Returns the possessor of a noun cue ("Trump's claim", "his earlier assertion", "police's
     * claim"): the possessive word before it, past one adjective or adverb, or -1.
     */
    int possessorBefore(int cue) {
        int t = cue - 1;
        if (reader.isAdjective(t)
                || reader.isIn(t, SourceWords.BETWEEN_SOURCE_AND_CUE) && !reader.isIn(t, SourceWords.PRONOUNS)) {
            t--; // "earlier", "repeated"
        }
        boolean owner = reader.isWord(t) && (reader.isPossessive(t) && !reader.isIn(t, SourceWords.CONTRACTIONS)
                || reader.isIn(t, SourceWords.POSSESSIVE_PRONOUNS));
        return owner ? t : -1;
    }

    /** Whether the content after a cue opens with an adverbial of occasion or time ("in his interview", "as he left"). */
    boolean opensAdverbial(int first) {
        return reader.isIn(first, SourceWords.ADVERBIAL_OPENERS);
    }

    /** "charged with a crime": an indictment, not a statement. */
    boolean isIndictment(int cueStop) {
        return reader.isIn(cueStop - 1, SourceWords.CHARGE_FORMS) && reader.isWord(cueStop) && reader.hash(cueStop) == WITH;
    }

    /** One or two plain nouns between two cues ("state officials said") make the first a word of the source. */
    boolean isPartOfNextSource(int end, int nextCue) {
        int gap = nextCue - end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int t = end; t < nextCue; t++) {
            long hash = reader.hash(t);
            if (!reader.isWord(t) || reader.isCapitalised(t) || SourceWords.PRONOUNS.contains(hash) || reader.isBoundary(t)
                    || SourceWords.NOUN_MARKERS.contains(hash)
                    || SourceWords.BETWEEN_SOURCE_AND_CUE.contains(hash) || SourceWords.DETERMINERS.contains(hash)) {
                return false;
            }
        }
        return true;
    }

    /** A cue phrase's second word is a verb when it is not a preposition ("sources said", not "source close to"). */
    boolean isCueVerb(int t) {
        return reader.isWord(t) && !SourceWords.PHRASE_BOUNDARIES.contains(reader.hash(t))
                && !SourceWords.SOURCE_NOUNS.contains(reader.hash(t));
    }

    /**
     * An infinitive cue, or a verb that reports speech only with a clause ("established that",
     * not "established posts"), must be followed by "that", a colon or a quotation.
     */
    boolean needsStatement(int cueStart, int cueStop) {
        return isInfinitive(cueStart) || reader.isIn(cueStop - 1, SourceWords.CLAUSE_ONLY_CUES);
    }

    /** A cue after "to" ("to acknowledge"), whose subject is never after it. */
    boolean isInfinitive(int cueStart) {
        return cueStart > 0 && reader.isWord(cueStart - 1) && reader.hash(cueStart - 1) == TO;
    }

    /** Content opens a statement when it follows "that" or a colon, or is a quotation. */
    boolean opensStatement(int t) {
        return reader.isQuoteOpen(t) || reader.isWord(t) && reader.hash(t) == THAT
                || t > 0 && (reader.isMark(t - 1, ':') || reader.isWord(t - 1) && reader.hash(t - 1) == THAT);
    }

    /**
     * Whether a cue phrase takes its source after it: "according to X", "as reported by X", not a
     * verb with a preposition ("pointed to", "referred to"), whose object is what it reports.
     */
    boolean endsWithPreposition(int first, int end) {
        long last = reader.hash(end - 1);
        return end - first > 1 && (last == TO || last == BY) && reader.isIn(first, SourceWords.SOURCE_AFTER_OPENERS);
    }
}
