package dev.slant.attribution;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.lexicon.Stance;
import dev.slant.text.DiagnosticCode;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.voice.VoiceMap;
import java.util.Arrays;

/**
 * Finds who says what in one scanned text, from its reporting cues (lexicon entries with a
 * {@link Stance}), sentences and quotations, with rules that need no parser.
 *
 * <p>For each cue, in text order: the source is the phrase right before the cue ("Kremlin
 * spokesman Dmitry Peskov said", "Peskov, the Kremlin spokesman, said", "Erdogan on Tuesday
 * alleged"), else right after it ('"...," said Peskov', "according to the Kremlin"); a pronoun
 * source resolves to the last fitting speaker or name. The content is what follows the cue to the
 * end of the sentence, from its "that" where it has one ("said that ..."), or of the quotation that
 * starts there ("Putin stated: "...""); when nothing
 * follows, what precedes the source ('"...," Putin said'), back to the opening of a quotation that
 * began in an earlier sentence. A speech quotation that opens a later sentence continues the
 * previous direct attribution ('"...," Putin said. "..."'). A participle cue after a comma with no
 * source of its own ("..., adding that ...") shares the previous attribution's source.
 *
 * <p>Beyond speech, cues of thought, intention and attitude ("believes", "wants to", "plans to",
 * "supports") are attributions too, as attribution corpora annotate them; so are nouns of
 * statement before a "that" clause ("Trump's claim that ..."), the impersonal "seems" (its whole
 * clause, no source), a dash and a name after a quotation ('"..." ― Ana Ruiz'), and speaker
 * labels ("PENCE: ..."). A cue inside an earlier attribution's content is that source's word,
 * unless a comma or "but" opens a clause of its own for it ("..., and Democrats accused ...").
 * Cue words that news uses as nouns as often ("plans", "states") count only with a verb's marks.
 *
 * <p>{@link SourcePhrases} finds the sources, {@link ContentReader} the contents, {@link CueTests}
 * decides whether a cue reports here; this class reads the cues in order and keeps the results.
 *
 * <p>Each cue costs a bounded look around it, so the whole pass is linear in the text's length.
 * A finder is reused from text to text by one thread; it is not thread-safe.
 */
public final class AttributionFinder {
    /** How many sentences a split quotation may run on after its attribution. */
    private static final int CONTINUATION_SENTENCES = 2;
    private static final long BY = TokenHash.of("by");
    private static final long AND = TokenHash.of("and");
    private static final long BUT = TokenHash.of("but");
    private static final Stance[] STANCES = Stance.values();
    /** The fewest tokens before a source's comma that read as a fronted statement rather than an opening phrase. */
    private static final int MIN_FRONTED_TOKENS = 6;
    /** How many words before a source may name the evidence it stands for ("a study by Levitt found"). */
    private static final int EVIDENCE_WINDOW = 4;
    /** The longest name before a possessive noun cue, in tokens ("Mr. Donald J. Trump's claim"). */
    private static final int MAX_POSSESSOR_TOKENS = 6;
    /** The longest speaker label before a colon ("Pat Caddell:"). */
    private static final int MAX_LABEL_WORDS = 3;
    /** How many matches an occasion cue ("in an interview") looks ahead for the verb it belongs to. */
    private static final int MAX_MATCHES_AHEAD = 8;

    private final TokenReader reader = new TokenReader();
    private final CueTests cues = new CueTests(reader);
    private final SpeakerNames speakers = new SpeakerNames(reader);
    private final QuoteSignatures signatures = new QuoteSignatures(reader);
    private final SourcePhrases sources = new SourcePhrases(reader, speakers);
    private StructureBuffer tokens;
    private Lexicon lexicon;
    private Diagnostics diagnostics;

    private int count;
    private int[] cueFirst = new int[16];
    private int[] cueEnd = new int[16];
    private byte[] cueStance = new byte[16];
    private int[] lastSentence = new int[16];

    private final ContentParts parts = new ContentParts();
    private final ContentReader content = new ContentReader(reader, parts);
    /** The paragraph of the sentence being read. */
    private int paragraph;
    /** The sentence whose title case was last read, and whether it is in title case. */
    private int titleCaseSentence = -1;
    private boolean titleCase;

    /**
     * Finds the attributions of a scanned, matched text whose voices are prepared.
     *
     * @param structure the scanned text
     * @param matches its phrase matches
     * @param lexicon the lexicon that produced the matches
     * @param voiceMap the text's voices, to tell speech from scare quotes
     * @param problems where a cue with nothing to report is noted
     */
    public void find(StructureBuffer structure, MatchBuffer matches, Lexicon lexicon, VoiceMap voiceMap,
            Diagnostics problems) {
        this.diagnostics = problems;
        this.tokens = structure;
        this.lexicon = lexicon;
        reader.reset(structure, voiceMap);
        content.reset();
        speakers.reset();
        count = 0;
        titleCaseSentence = -1;
        parts.reset();
        int m = 0;
        int q = 0;
        paragraph = 0;
        for (int sentence = 0; sentence < tokens.sentenceCount(); sentence++) {
            int sentenceFirst = tokens.sentenceFirstToken(sentence);
            while (paragraph + 1 < tokens.paragraphCount() && tokens.paragraphFirstToken(paragraph + 1) <= sentenceFirst) {
                paragraph++;
            }
            if (paragraph < tokens.paragraphCount() && tokens.paragraphFirstToken(paragraph) == sentenceFirst) {
                addSpeakerLabel(sentence, tokens.paragraphEndToken(paragraph));
            }
            int sentenceEnd = tokens.sentenceEndToken(sentence);
            while (q < tokens.quotationCount() && reader.lastTokenOfQuotation(q) < sentenceEnd) {
                addSignature(q++, sentence, sentenceEnd);
            }
            while (m < matches.count() && matches.firstToken(m) < sentenceEnd) {
                m = readCue(matches, m, sentence);
            }
        }
        continueSplitQuotations();
        parts.markOwners(tokens.tokenCount(), count);
    }

    /**
     * Returns the number of attributions found in the last text.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /**
     * Returns the first token of attribution {@code a}'s cue in the last text.
     *
     * @param a an attribution index
     * @return a token index
     */
    public int cueFirstToken(int a) {
        return cueFirst[a];
    }

    /**
     * Returns the token after attribution {@code a}'s cue.
     *
     * @param a an attribution index
     * @return a token index
     */
    public int cueEndToken(int a) {
        return cueEnd[a];
    }

    /**
     * Returns the stance of attribution {@code a}'s cue.
     *
     * @param a an attribution index
     * @return the stance
     */
    public Stance stance(int a) {
        return STANCES[cueStance[a]];
    }

    /**
     * Returns the first token of attribution {@code a}'s source phrase, or -1 when it has none.
     *
     * @param a an attribution index
     * @return a token index, or -1
     */
    public int sourceFirstToken(int a) {
        return sources.first(a);
    }

    /**
     * Returns the token after attribution {@code a}'s source phrase, or -1 when it has none.
     *
     * @param a an attribution index
     * @return a token index, or -1
     */
    public int sourceEndToken(int a) {
        return sources.end(a);
    }

    /**
     * Tells whether attribution {@code a}'s source is a pronoun ("he said").
     *
     * @param a an attribution index
     * @return true for a pronoun source
     */
    public boolean hasPronounSource(int a) {
        return sources.isPronoun(a);
    }

    /**
     * Returns the first token of the name attribution {@code a}'s source gives or resolves to (a
     * pronoun's antecedent), or -1 when there is none.
     *
     * @param a an attribution index
     * @return a token index, or -1
     */
    public int nameFirstToken(int a) {
        return sources.nameFirst(a);
    }

    /**
     * Returns the token after the name of {@link #nameFirstToken}, or -1.
     *
     * @param a an attribution index
     * @return a token index, or -1
     */
    public int nameEndToken(int a) {
        return sources.nameEnd(a);
    }

    /**
     * Returns the attribution whose content token {@code t} stands in, or -1. The content of a cue
     * of attitude ("supports", "attacked") is the writer's description of what the source acts on,
     * not the source's words, so it has no owner.
     *
     * @param t a token index of the last text
     * @return an attribution index, or -1
     */
    public int ownerOfToken(int t) {
        return parts.ownerOf(t);
    }

    /**
     * Returns an immutable copy of the last text's attributions.
     *
     * @param original the text as given, that the copy's spans point into
     * @return the table
     */
    public AttributionTable table(String original) {
        int[][] offsets = new int[count][];
        byte[] kinds = new byte[count];
        for (int a = 0; a < count; a++) {
            offsets[a] = parts.offsets(a, tokens);
            kinds[a] = (byte) parts.kindOf(a, reader).ordinal();
        }
        return new AttributionTable(original, spanOf(cueFirst, cueEnd), Arrays.copyOf(cueStance, count),
                sources.phraseOffsets(count, tokens), sources.kinds(count), sources.nameOffsets(count, tokens),
                kinds, offsets);
    }

    // ---- cues, sources and contents --------------------------------------------------------------

    /**
     * Reads the cue that match {@code m} starts, unless it is no reporting cue here, and returns
     * the next match to read.
     */
    private int readCue(MatchBuffer matches, int m, int sentence) {
        int first = matches.firstToken(m);
        int end = matches.endToken(m);
        Stance stance = stanceOf(matches.group(m));
        int next = m + 1;
        if (stance == null) {
            return next;
        }
        if (SourceWords.SOURCE_NOUNS.contains(tokens.tokenHash(first))) {
            // "sources said": the noun is the source, the verb the cue; "sources close to" has no verb.
            if (end - first < 2 || !cues.isCueVerb(first + 1)) {
                return next;
            }
            first++;
        } else if (cues.readsAsNoun(first, reader.isCapitalised(first) && isTitleCase(sentence))
                || reader.isIn(first, SourceWords.NOUN_CUES)) {
            if (cues.opensNounClause(end) && !reader.inSpeech(first) && (count == 0 || !parts.contains(count - 1, first))) {
                addNominalCue(first, end, stance, sentence); // "Trump's claim that ..."
            }
            return next;
        } else if (cues.lacksVerbMarks(first, end)) {
            return next;
        }
        if (reader.inSpeech(first) || cues.isParticiplePhrase(first, end) || cues.isIndictment(end)) {
            return next;
        }
        // A hedge right before a verb cue ("reportedly said") is one cue with the hedge's stance.
        while (next < matches.count() && matches.firstToken(next) == end && stanceOf(matches.group(next)) != null) {
            Stance following = stanceOf(matches.group(next));
            stance = stance == Stance.NEUTRAL ? following : stance;
            end = matches.endToken(next);
            next++;
        }
        if (next < matches.count() && stanceOf(matches.group(next)) != null
                && reader.isIn(first, SourceWords.NOUN_OR_VERB_CUES)
                && cues.isPartOfNextSource(end, matches.firstToken(next))
                && !cues.readsAsNoun(matches.firstToken(next), false)
                && !cues.lacksVerbMarks(matches.firstToken(next), matches.endToken(next))) {
            return next; // "Federal and state officials said": "state" names the source of the next cue.
        }
        if (first == clauseFirst(sentence) && end - first == 1 && !reader.isParticiple(first) && !reader.endsWithEd(first)
                && !reader.isCapitalised(first + 1)) {
            return next; // "Read the rest here.", "Say what you will": an imperative, not a report ("Said Ellis: ..." is).
        }
        if (cues.namesOccasion(first) && hasVerbCueAhead(matches, next, tokens.sentenceEndToken(sentence))) {
            return next; // "In an interview, Ryan said ...": the occasion belongs to the verb's attribution.
        }
        boolean insidePrevious = count > 0 && parts.contains(count - 1, first);
        if (insidePrevious && isCoordinated(first)) {
            // "Merrill says X and said Y": the first statement ends where the second begins.
            parts.endLastPartAt(count - 1, first - 1);
            insidePrevious = false;
        }
        addCue(first, end, stance, sentence, insidePrevious);
        return next;
    }

    /**
     * Adds the attribution of a noun of statement before a "that" clause ("Trump's claim that
     * ..."): its source is the possessor before it, if any, and its content the clause.
     */
    private void addNominalCue(int cueStart, int cueStop, Stance stance, int sentence) {
        int a = newAttribution(cueStart, cueStop, stance, sentence);
        int owner = cues.possessorBefore(cueStart);
        if (owner >= 0) {
            int first = owner;
            while (first > tokens.sentenceFirstToken(sentence) && owner - first < MAX_POSSESSOR_TOKENS
                    && (reader.isCapitalised(first - 1) || reader.isAbbreviationPeriod(first - 1))) {
                first--; // "Donald Trump's", "Mr. Trump's"
            }
            sources.set(a, first, owner + 1);
        }
        if (!content.addAfter(a, cueStop, tokens.sentenceEndToken(sentence))) {
            count--;
        }
    }

    /** Whether sentence {@code sentence} is in title case, read once per sentence. */
    private boolean isTitleCase(int sentence) {
        if (titleCaseSentence != sentence) {
            titleCaseSentence = sentence;
            titleCase = cues.isTitleCase(tokens.sentenceFirstToken(sentence), tokens.sentenceEndToken(sentence));
        }
        return titleCase;
    }

    /** Whether a reporting verb other than an occasion follows match {@code m} in its sentence, within a few matches. */
    private boolean hasVerbCueAhead(MatchBuffer matches, int m, int sentenceEnd) {
        for (int k = m; k < matches.count() && k - m < MAX_MATCHES_AHEAD && matches.firstToken(k) < sentenceEnd; k++) {
            int t = matches.firstToken(k);
            if (stanceOf(matches.group(k)) != null && !cues.namesOccasion(t) && !reader.isAdverb(t)
                    && !reader.inSpeech(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a paragraph that opens with a speaker's name and a colon, as transcripts and headlines
     * do ("PENCE: Well, look, ...", "Pence: Flowers Won't Be at Debate"): the colon is the cue,
     * the rest of the paragraph what was said.
     */
    private void addSpeakerLabel(int sentence, int paragraphEnd) {
        int t = tokens.sentenceFirstToken(sentence);
        if (reader.isQuoteOpen(t)) {
            t++;
        }
        int name = t;
        while (t < paragraphEnd && t - name < MAX_LABEL_WORDS && reader.isCapitalised(t) && !reader.isCueToken(t)) {
            t++;
        }
        if (t == name || !reader.isMark(t, ':') || t + 1 >= paragraphEnd || reader.isIn(name, SourceWords.HEADING_WORDS)) {
            return;
        }
        int a = newAttribution(t, t + 1, Stance.NEUTRAL, sentence);
        sources.set(a, name, t);
        int end = content.contentEnd(paragraphEnd);
        if (end > t + 1) {
            parts.add(a, t + 1, end);
            lastSentence[a] = sentenceOf(end - 1, sentence);
        } else {
            count--;
        }
    }

    /** Reads a dash and a name right after quotation {@code q} ('"..." ― Ana Ruiz'), when they follow it. */
    private void addSignature(int q, int sentence, int sentenceEnd) {
        int dash = tokens.quoteCloseToken(q) + 1;
        if (dash == 0 || dash < tokens.sentenceFirstToken(sentence) || dash > sentenceEnd
                || dash == sentenceEnd && sentence + 1 == tokens.sentenceCount()) {
            return; // No dash, or one beyond the next sentence's first token, which keeps the cues in text order.
        }
        int nameEnd = signatures.nameEnd(dash, tokens.sentenceEndToken(dash < sentenceEnd ? sentence : sentence + 1));
        if (nameEnd < 0) {
            return;
        }
        int a = newAttribution(dash, dash + 1, Stance.NEUTRAL, sentence);
        sources.set(a, dash + 1, reader.isMark(nameEnd - 1, '.') ? nameEnd - 1 : nameEnd);
        parts.add(a, tokens.quoteOpenToken(q), dash);
    }

    /**
     * The first token of the clause that sentence {@code sentence} opens: its first token, or the
     * closing mark of a quotation that ended in "?" or "!" right before it, whose sentence the
     * attribution after it completes ('"Who would have believed it?" Trump said').
     */
    private int clauseFirst(int sentence) {
        int first = tokens.sentenceFirstToken(sentence);
        int close = first - 1;
        boolean opensParagraph = paragraph < tokens.paragraphCount() && tokens.paragraphFirstToken(paragraph) == first;
        if (!opensParagraph && reader.isQuoteClose(close) && (reader.isMark(close - 1, '?') || reader.isMark(close - 1, '!'))
                && reader.quoteOf(close) >= 0 && reader.isSpeech(reader.quoteOf(close))) {
            return close;
        }
        return first;
    }

    private int sentenceOf(int token, int from) {
        int s = from;
        while (s + 1 < tokens.sentenceCount() && tokens.sentenceFirstToken(s + 1) <= token) {
            s++;
        }
        return s;
    }

    /**
     * Adds the attribution of a cue, unless it reports nothing; a cue that stands in the previous
     * attribution's indirect content ends that content where its own source begins ("X said the
     * talks failed and Y argued that ..."), or is dropped when nothing of that content would be left.
     */
    private void addCue(int cueStart, int cueStop, Stance stance, int sentence, boolean insidePrevious) {
        int a = newAttribution(cueStart, cueStop, stance, sentence);
        readSourceAndContent(a, cueStart, cueStop, sentence);
        includeAuxiliaries(a);
        int first = parts.firstToken(a);
        if (first > cueStart && cues.needsStatement(cueStart, cueStop) && !cues.opensStatement(first)
                && !(sources.isBefore(a, cueStart) && reader.hasIn(Math.max(tokens.sentenceFirstToken(sentence),
                        sources.first(a) - EVIDENCE_WINDOW), sources.end(a), SourceWords.EVIDENCE_NOUNS))) {
            // "to maintain a ceasefire", "posts Ankara established in Idlib": no statement follows
            // ("one study found Trump would ...", "polls show Clinton ahead" report findings).
            count--;
            return;
        }
        if (!parts.isEmpty(a) && a > 0 && parts.startsWithLastOf(a, a - 1)) {
            count--; // '"...," Erdogan said, adding ...' with nothing new: one statement, not two.
            return;
        }
        if (parts.isEmpty(a)) {
            count--;
            diagnostics.add(DiagnosticCode.CUE_WITHOUT_CONTENT, "a reporting cue with nothing it reports",
                    tokens.tokenStart(cueStart), tokens.tokenEnd(cueStop - 1), 1);
        } else if (insidePrevious && isOccasionOfPrevious(a)) {
            // "In a Facebook message posted Friday, Cruz said ...": the earlier cue only led up to this one.
            int b = replacePrevious(a);
            if (cues.isAttitude(cueStart, cueStop)) {
                parts.disown(b);
            }
        } else if (insidePrevious && !endPreviousBefore(a)) {
            count--; // A cue inside what another source said is that source's word.
        } else if (cues.isAttitude(cueStart, cueStop)) {
            parts.disown(a);
        }
    }

    /**
     * Whether the previous attribution's content is nothing but attribution {@code a}: it starts
     * where {@code a}'s source starts, with no "that" or colon before, after a comma ("In a message
     * posted Friday, Cruz said ...").
     */
    private boolean isOccasionOfPrevious(int a) {
        int start = sources.isBefore(a, cueFirst[a]) ? sources.first(a) : cueFirst[a];
        return parts.firstToken(a - 1) == start && parts.lastPartFirst(a - 1) == start && reader.isMark(start - 1, ',')
                && !cues.opensStatement(start);
    }

    /** Puts attribution {@code a} in the place of the one before it, which it replaces; returns its new index. */
    private int replacePrevious(int a) {
        int b = a - 1;
        cueFirst[b] = cueFirst[a];
        cueEnd[b] = cueEnd[a];
        cueStance[b] = cueStance[a];
        lastSentence[b] = lastSentence[a];
        sources.copy(a, b);
        parts.move(a, b);
        count--;
        return b;
    }

    /**
     * Ends the previous attribution's content before attribution {@code a}'s source (or cue), where
     * a comma or a conjunction opens a clause of its own there.
     *
     * @return false when no such clause opens there, or nothing of the previous content would be left
     */
    private boolean endPreviousBefore(int a) {
        int start = sources.isBefore(a, cueFirst[a]) ? sources.first(a) : cueFirst[a];
        if (reader.isIn(start, SourceWords.RELATIVE_PRONOUNS)) {
            return false; // "... voters who want ...": a relative clause of the content.
        }
        int cut = start;
        boolean clause = false; // ", and" or "but" opens a clause; a bare "and" may join two names ("he and Erdogan").
        while (cut > 0 && (reader.isMark(cut - 1, ',') || reader.isMark(cut - 1, ';')
                || reader.isIn(cut - 1, SourceWords.CLAUSE_JOINERS))) {
            cut--;
            clause |= !reader.isIn(cut, SourceWords.PHRASE_JOINERS);
        }
        int inner = start - 2;
        while (inner > 0 && reader.isQuoteClose(inner)) {
            inner--; // '"... ‘miracles,’" she said': a nested quotation closes first
        }
        if (reader.isQuoteClose(start - 1) && reader.isMark(inner, ',') && reader.quoteOf(start - 1) >= 0) {
            // 'X said she ... because "...," she said': the quotation is the second statement.
            int open = tokens.quoteOpenToken(reader.quoteOf(start - 1));
            if (open <= parts.lastPartFirst(a - 1) || parts.firstToken(a) > open) {
                return false;
            }
            parts.dropOnly(a);
            parts.add(a, open, start);
            parts.endLastPartAt(a - 1, open);
            return true;
        }
        if (!clause || cut <= parts.lastPartFirst(a - 1) || parts.firstToken(a) < cut) {
            return false;
        }
        parts.endLastPartAt(a - 1, cut);
        return true;
    }

    /** "has said", "also said", "is demanding": the auxiliaries and adverbs before a verb belong to the cue. */
    private void includeAuxiliaries(int a) {
        int floor = sources.isBefore(a, cueFirst[a]) ? sources.end(a) : 0;
        while (cueFirst[a] - 1 >= floor && reader.isWord(cueFirst[a] - 1)
                && SourceWords.AUXILIARIES.contains(tokens.tokenHash(cueFirst[a] - 1))) {
            cueFirst[a]--;
        }
    }

    private void readSourceAndContent(int a, int cueStart, int cueStop, int sentence) {
        int sentenceFirst = clauseFirst(sentence);
        int sentenceEnd = tokens.sentenceEndToken(sentence);
        if (reader.isAdverb(cueStop - 1) && cueStop - cueStart == 1) {
            // "purportedly", "reportedly": a hedge on the clause it stands in, with no source of its own.
            content.addAfter(a, cueStop, sentenceEnd);
            return;
        }
        if (reader.isIn(cueStart, SourceWords.IMPERSONAL_CUES)) {
            content.addClauseAround(a, cueStart, cueStop, sentenceFirst, sentenceEnd);
            return;
        }
        boolean passiveBy = cueStop < sentenceEnd && tokens.tokenHash(cueStop) == BY;
        if (passiveBy) {
            cueStop++; // "was first reported by The Washington Post": the source follows "by".
            cueEnd[a] = cueStop;
        }
        boolean sourceFollows = passiveBy || cues.endsWithPreposition(cueStart, cueStop);
        int before = sourceFollows ? cueStart - 1 : sources.findBefore(a, cueStart, sentenceFirst);
        int sourceAt = sources.first(a);
        boolean quoteBefore = sourceAt > sentenceFirst
                && (reader.isQuoteClose(sourceAt - 1) || reader.isMark(sourceAt - 1, ',') && reader.isQuoteClose(sourceAt - 2));
        if (!sources.isPresent(a)) {
            boolean noSourceAfter = reader.isParticiple(cueStop - 1) || cues.isInfinitive(cueStart)
                    || !sourceFollows && sources.foundPassive();
            int after = noSourceAfter ? -1 : sources.findAfter(a, cueStart, cueStop, sentenceEnd);
            if (after >= 0 && !sourceFollows) {
                // '"...," said Peskov.': what was said precedes the cue; 'Said Ellis: "..."': it follows.
                content.addBefore(a, cueStart - 1, sentenceFirst);
                if (parts.isEmpty(a) && reader.isMark(after, ':')) {
                    content.addAfter(a, after + 1, sentenceEnd);
                }
                return;
            }
            if (after >= 0 && cueStart > sentenceFirst && !reader.isMark(after, ',') && !reader.isSentenceEnd(after)
                    && after < sentenceEnd) {
                // "..., according to an analysis by Lily Batchelder.": the rest of the sentence names the source.
                sources.extend(a, content.contentEnd(sentenceEnd));
                content.addBefore(a, cueStart - 1, sentenceFirst);
                return;
            }
            if (after >= 0) {
                // "according to X, ...": the content follows the source; "..., according to X": it precedes.
                if (!content.addAfter(a, reader.isMark(after, ',') ? after + 1 : after, sentenceEnd)) {
                    content.addBefore(a, cueStart - 1, sentenceFirst);
                }
                return;
            }
            boolean sharesSubject = reader.isMark(before, ',') || reader.isParticiple(cueStop - 1)
                    || reader.isIn(before, SourceWords.CLAUSE_JOINERS);
            if (sharesSubject && count > 1 && lastSentence[a - 1] == sentence && sources.isPresent(a - 1)) {
                // "..., adding that ...", "she called it outrageous and called for ...": the sentence's previous source.
                sources.copy(a - 1, a);
            } else if (reader.isParticiple(cueStart) && (cueStart == sentenceFirst
                    || cueStart == sentenceFirst + 1 && reader.isBoundary(sentenceFirst))) {
                // "Citing a theory, Trump ...", "After saying ..., she": the subject follows the opening phrase.
                sources.useSubjectAfterOpening(a, cueStop, sentenceEnd);
            } else if (sharesSubject) {
                sources.useSentenceSubject(a, sentenceFirst, before + 1);
            }
        }
        boolean after = content.addAfter(a, cueStop, sentenceEnd);
        // A clause before the source's comma, longer than an opening phrase ("On Thursday, ..."), is what was said.
        boolean frontedContent = sourceAt - sentenceFirst > MIN_FRONTED_TOKENS && reader.isMark(sourceAt - 1, ',');
        if (after && frontedContent && cues.opensAdverbial(parts.firstToken(a))) {
            // '..., Mr. Obama said in his interview.': the adverbial is the occasion; what was said precedes.
            parts.dropOnly(a);
            after = false;
        }
        if (after && quoteBefore && !cues.opensStatement(parts.firstToken(a))) {
            // '"...," Putin told a joint briefing': the quotation before the source is what was said.
            parts.dropOnly(a);
            after = false;
        }
        if (!after) {
            int sourceStart = sources.isBefore(a, cueStart) ? sources.first(a) : before + 1;
            content.addBefore(a, Math.min(sourceStart, before + 1) - 1, sentenceFirst);
        }
        if (parts.isEmpty(a) && reader.isMark(cueStop, ':')) {
            addNextParagraph(a, cueStop);
        }
    }

    /**
     * Adds the next paragraph as what was said when a colon ends the cue's paragraph ("Limbaugh
     * continued:" before a block quotation).
     */
    private void addNextParagraph(int a, int colon) {
        int p = paragraph;
        if (p + 1 >= tokens.paragraphCount() || tokens.paragraphEndToken(p) != colon + 1) {
            return;
        }
        int first = tokens.paragraphFirstToken(p + 1);
        int end = content.contentEnd(tokens.paragraphEndToken(p + 1));
        if (end > first) {
            parts.add(a, first, end);
            lastSentence[a] = sentenceOf(end - 1, lastSentence[a]);
        }
    }

    private int newAttribution(int first, int end, Stance stance, int sentence) {
        if (count == cueFirst.length) {
            growAttributions();
        }
        int a = count++;
        cueFirst[a] = first;
        cueEnd[a] = end;
        cueStance[a] = (byte) stance.ordinal();
        sources.clear(a);
        parts.start(a);
        lastSentence[a] = sentence;
        return a;
    }

    private boolean isCoordinated(int cue) {
        return cue > 1 && reader.isWord(cue - 1) && (tokens.tokenHash(cue - 1) == AND || tokens.tokenHash(cue - 1) == BUT)
                && parts.firstToken(count - 1) < cue - 1;
    }

    // ---- speakers ---------------------------------------------------------------------------------

    // ---- split quotations -------------------------------------------------------------------------

    /** A speech quotation that opens a sentence soon after a direct attribution continues it. */
    private void continueSplitQuotations() {
        if (count == 0) {
            return;
        }
        int a = 0;
        int sentence = 0;
        for (int q = 0; q < tokens.quotationCount(); q++) {
            int open = tokens.quoteOpenToken(q);
            if (tokens.quoteDepth(q) != 0 || !reader.isSpeech(q)) {
                continue;
            }
            while (a + 1 < count && cueFirst[a + 1] < open) {
                a++;
            }
            while (tokens.sentenceEndToken(sentence) <= open) {
                sentence++;
            }
            if (cueFirst[a] > open || tokens.sentenceFirstToken(sentence) != open || parts.contains(a, open)
                    || a + 1 < count && parts.contains(a + 1, open)
                    || sentence - lastSentence[a] > CONTINUATION_SENTENCES || sentence <= lastSentence[a]
                    || !parts.hasQuotedPart(a, reader) || hasCueIn(open, tokens.sentenceEndToken(sentence))) {
                continue;
            }
            int close = tokens.quoteCloseToken(q);
            parts.add(a, open, (close >= 0 ? close : reader.lastTokenOfQuotation(q)) + 1);
            lastSentence[a] = sentence;
        }
    }

    private boolean hasCueIn(int first, int end) {
        for (int t = first; t < end; t++) {
            if (reader.isCueToken(t) && reader.quoteOf(t) < 0) {
                return true;
            }
        }
        return false;
    }

    // ---- tokens -----------------------------------------------------------------------------------

    private Stance stanceOf(int group) {
        for (int k = 0; k < lexicon.groupSize(group); k++) {
            LexiconEntry entry = lexicon.entry(lexicon.groupEntryId(group, k));
            if (entry.stance().isPresent()) {
                return entry.stance().get();
            }
        }
        return null;
    }

    private int[] spanOf(int[] first, int[] end) {
        int[] offsets = new int[2 * count];
        for (int a = 0; a < count; a++) {
            boolean present = first[a] >= 0;
            offsets[2 * a] = present ? tokens.tokenStart(first[a]) : -1;
            offsets[2 * a + 1] = present ? tokens.tokenEnd(end[a] - 1) : -1;
        }
        return offsets;
    }

    private void growAttributions() {
        int capacity = count * 2;
        cueFirst = Arrays.copyOf(cueFirst, capacity);
        cueEnd = Arrays.copyOf(cueEnd, capacity);
        cueStance = Arrays.copyOf(cueStance, capacity);
        lastSentence = Arrays.copyOf(lastSentence, capacity);
    }
}
