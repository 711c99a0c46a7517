package dev.slant.attribution;

import dev.slant.text.StructureBuffer;

/**
 * Finds the name in a source phrase and remembers the last speakers and names of a text, so that
 * a later pronoun resolves to the last fitting one: "he" and "she" to a person, "they" and "it" to
 * an organisation or a group, "who" to the name right before it. Reused from text to text by one
 * thread.
 */
final class SpeakerNames {
    private final TokenReader words;
    /** The name found by the last call, as a token range; -1 when there is none. */
    private int nameFirst = -1;
    private int nameEnd = -1;
    /** The last person named as a source. */
    private int personFirst = -1;
    private int personEnd = -1;
    /** The last person-like name of the sentences read so far, and the first sentence not read. */
    private int mentionedFirst = -1;
    private int mentionedEnd = -1;
    private int unreadSentence;
    private int groupFirst = -1;
    private int groupEnd = -1;

    SpeakerNames(TokenReader words) {
        this.words = words;
    }

    /** Forgets the speakers of the previous text. */
    void reset() {
        nameFirst = nameEnd = personFirst = personEnd = groupFirst = groupEnd = mentionedFirst = mentionedEnd = -1;
        unreadSentence = 0;
    }

    /** The first token of the name found by the last call, or -1. */
    int nameFirst() {
        return nameFirst;
    }

    /** The end of the name found by the last call, or -1. */
    int nameEnd() {
        return nameEnd;
    }

    /**
     * Sorts a source phrase into a name or a description, and finds the name in it: the last run
     * of capitalised words at the phrase's head, less the titles before it.
     *
     * @return {@link SourceKind#NAMED} or {@link SourceKind#UNNAMED}
     */
    SourceKind classify(int first, int end) {
        nameFirst = nameEnd = -1;
        int head = end - 1;
        while (head > first && !words.isWord(head)) {
            head--;
        }
        if (!words.isCapitalised(head)) {
            rememberGroup(first, end);
            return SourceKind.UNNAMED;
        }
        int start = head;
        while (start > first && (words.isCapitalised(start - 1) || words.isMark(start - 1, '.'))) {
            start--;
        }
        boolean organisation = start > first && words.isIn(start - 1, SourceWords.DETERMINERS)
                || words.isIn(start, SourceWords.DETERMINERS);
        nameFirst = withoutTitles(start, head);
        nameEnd = head + 1;
        if (organisation) {
            rememberGroup(nameFirst, nameEnd);
        } else {
            personFirst = nameFirst;
            personEnd = nameEnd;
        }
        return SourceKind.NAMED;
    }

    /** Resolves a pronoun source; afterwards {@link #nameFirst()} is its antecedent's name, or -1. */
    void resolvePronoun(int pronoun, int sentenceFirst) {
        nameFirst = nameEnd = -1;
        if (words.isIn(pronoun, SourceWords.RELATIVE_PRONOUNS)) {
            // "Peskov, who ..., said": the antecedent ends right before the comma.
            int before = pronoun - 1;
            if (words.isMark(before, ',') && before - 1 >= sentenceFirst && words.isCapitalised(before - 1)) {
                int start = before - 1;
                while (start > sentenceFirst && words.isCapitalised(start - 1)) {
                    start--;
                }
                nameFirst = withoutTitles(start, before - 1);
                nameEnd = before;
            }
            return;
        }
        if (!words.isIn(pronoun, SourceWords.PERSON_PRONOUNS)) {
            nameFirst = groupFirst;
            nameEnd = groupEnd;
            return;
        }
        readNamesBefore(sentenceFirst);
        boolean mentionedLater = mentionedFirst > personFirst;
        nameFirst = mentionedLater ? mentionedFirst : personFirst;
        nameEnd = mentionedLater ? mentionedEnd : personEnd;
    }

    /**
     * Reads the names of the sentences before {@code token} not read yet, only when a pronoun
     * needs them, so that a text without "he said" costs nothing here and one with it is read once.
     */
    private void readNamesBefore(int token) {
        StructureBuffer structure = words.structure();
        while (unreadSentence < structure.sentenceCount() && structure.sentenceEndToken(unreadSentence) <= token) {
            noteNames(unreadSentence++);
        }
    }

    /**
     * Remembers the last name of a sentence that a later "he" or "she" may stand for: a run of two
     * or more capitalised words, or one after a title, outside quotations.
     */
    private void noteNames(int sentence) {
        int first = words.structure().sentenceFirstToken(sentence);
        int end = words.structure().sentenceEndToken(sentence);
        for (int t = first; t < end; t++) {
            if (!words.isCapitalised(t) || words.quoteOf(t) >= 0) {
                continue;
            }
            int run = t;
            while (run + 1 < end && words.isCapitalised(run + 1)) {
                run++;
            }
            boolean titled = t > first && (words.isIn(t - 1, SourceWords.TITLES)
                    || words.isMark(t - 1, '.') && t - 1 > first && words.isIn(t - 2, SourceWords.ABBREVIATED_TITLES));
            int start = withoutTitles(t, run);
            if ((run > start || titled) && !words.isIn(t > first ? t - 1 : t, SourceWords.DETERMINERS)) {
                mentionedFirst = start;
                mentionedEnd = run + 1;
            }
            t = run;
        }
    }

    /** Skips the titles before a name, and a word before a title ("Russian President Vladimir Putin"). */
    private int withoutTitles(int first, int head) {
        int start = first;
        while (start < head && (words.isIn(start, SourceWords.TITLES) || !words.isWord(start)
                || words.isIn(start + 1, SourceWords.TITLES))) {
            start++;
        }
        return start;
    }

    private void rememberGroup(int first, int end) {
        groupFirst = first;
        groupEnd = end;
    }
}
