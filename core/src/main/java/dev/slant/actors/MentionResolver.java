package dev.slant.actors;

import dev.slant.internal.LongIntMap;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the actor mentions of one text, in text order and without overlaps: the aliases and roles
 * of the catalog (one pass of its phrase lexicon), the labels of the term lexicon whose concept an
 * actor links, titles before names ("Russian President", "Mr"), and capitalised names no pack
 * knows. Linear in the text; not thread-safe (one per thread).
 */
final class MentionResolver {
    /** The most words a run of capitalised words may have and still be one name ("Abu Mohammad al-Jolani"). */
    private static final int MAX_NAME_TOKENS = 8;

    /** A mention while it is being resolved; {@code actor} indexes the catalog, then the found actors. */
    static final class Found {
        int first;
        int end;
        int actor;
        MentionKind kind;
        int labelEntry = -1;
        int labelFirst;
        int labelEnd;
        /** Where the mention and its label are in characters, and in whose voice: read in text order, kept for the actor's pass. */
        int startChar;
        int endChar;
        VoiceKind voice;
        int labelStartChar;
        int labelEndChar;
        VoiceKind labelVoice;

        /** Makes this a mention of {@code actor} with no label attached. */
        private Found set(int first, int end, int actor, MentionKind kind) {
            this.first = first;
            this.end = end;
            this.actor = actor;
            this.kind = kind;
            labelEntry = -1;
            return this;
        }
    }

    private final ActorCatalog catalog;
    private final Lexicon terms;
    private final int[] conceptLinks;
    private final MatchBuffer phraseMatches = new MatchBuffer();
    private boolean[] covered = new boolean[64];
    /** Whether each token is a word with a capital first letter, read once per text. */
    private boolean[] capital = new boolean[64];
    /** The capitalised words where a name may start (not covered, not in a headline), and their sentences. */
    private int[] candidates = new int[64];
    private int[] candidateSentence = new int[64];
    private final WordFilter lowerCase = new WordFilter();
    private int[] sentenceFirstWord = new int[16];
    private final WordFilter capitalisedInside = new WordFilter();
    /** The found actor of each name, by its words' hashes, plus one (0 is absent). */
    private final LongIntMap foundByName = new LongIntMap();
    /** The found actor of each name's last word ("Smith" of "John Smith"), plus one. */
    private final LongIntMap foundByLastWord = new LongIntMap();
    /** The names found in the current text that no pack knows, as actors indexed from the catalog's size. */
    final FoundNames foundNames = new FoundNames();
    /** The mentions of earlier texts, reused: a text costs no new mentions once the pool is as large as it needs. */
    private final List<Found> pool = new ArrayList<>();
    private int pooled;
    /** The lists of one resolution's steps, reused from text to text. */
    private final List<Found> named = new ArrayList<>();
    private final List<Found> merged = new ArrayList<>();
    private final List<Found> joined = new ArrayList<>();
    private final List<Found> all = new ArrayList<>();

    MentionResolver(ActorCatalog catalog, Lexicon terms) {
        this.catalog = catalog;
        this.terms = terms;
        this.conceptLinks = catalog.conceptLinks(terms);
    }

    /** Resolves the mentions of a scanned text whose terms were matched into {@code termMatches}. */
    List<Found> resolve(StructureBuffer text, MatchBuffer termMatches) {
        foundNames.clear();
        pooled = 0;
        named.clear();
        catalog.phrases().match(text, phraseMatches);
        for (int m = 0; m < phraseMatches.count(); m++) {
            int entry = catalog.phrases().groupEntryId(phraseMatches.group(m), 0);
            if (!catalog.caseFits(entry, text, phraseMatches.firstToken(m))) {
                continue;
            }
            named.add(mention(phraseMatches.firstToken(m), phraseMatches.endToken(m), catalog.actorOfPhrase(entry),
                    catalog.isRole(entry) ? MentionKind.ROLE : MentionKind.NAME));
        }
        List<Found> mentions = mergeLabels(named, termMatches);
        extendOverTitles(text, mentions);
        mentions = joinAdjacent(mentions);
        markCovered(text, mentions, termMatches);
        return insertFoundNames(text, mentions);
    }

    /** Attaches each label to the name it overlaps, or makes it a mention of the actor its concept links. */
    private List<Found> mergeLabels(List<Found> named, MatchBuffer termMatches) {
        merged.clear();
        int n = 0;
        for (int m = 0; m < termMatches.count(); m++) {
            int group = termMatches.group(m);
            if (!terms.groupHas(group, Category.LABEL)) {
                continue;
            }
            int entry = labelEntry(group);
            int first = termMatches.firstToken(m);
            int end = termMatches.endToken(m);
            while (n < named.size() && named.get(n).end <= first) {
                merged.add(named.get(n++));
            }
            int concept = terms.conceptId(entry);
            int linked = concept < 0 ? -1 : conceptLinks[concept];
            boolean pending = n < named.size() && named.get(n).first < end;
            Found overlapping = pending ? named.get(n)
                    : !merged.isEmpty() && merged.get(merged.size() - 1).end > first ? merged.get(merged.size() - 1)
                    : null;
            if (overlapping != null) {
                if (labelOutranks(linked, first, end, overlapping)) {
                    overlapping.actor = linked;
                    overlapping.kind = MentionKind.LABEL;
                    overlapping.first = Math.min(first, overlapping.first);
                    overlapping.end = Math.max(end, overlapping.end);
                    overlapping.labelEntry = -1;
                    if (pending) {
                        merged.add(named.get(n++));
                    }
                    while (n < named.size() && named.get(n).first < overlapping.end) {
                        n++; // a name inside the label, such as "Assad" in "Assad regime"
                    }
                }
                if (overlapping.labelEntry < 0) {
                    overlapping.labelEntry = entry;
                    overlapping.labelFirst = first;
                    overlapping.labelEnd = end;
                }
                continue;
            }
            if (linked >= 0) {
                Found label = mention(first, end, linked, MentionKind.LABEL);
                label.labelEntry = entry;
                label.labelFirst = first;
                label.labelEnd = end;
                merged.add(label);
            }
        }
        while (n < named.size()) {
            merged.add(named.get(n++));
        }
        return merged;
    }

    /**
     * A longer label names its own actor rather than the person, state, government or place named
     * inside it: "Assad regime" is the Syrian government, "US-backed SDF" the Kurdish forces,
     * "Idlib terrorists" the armed groups. A group's
     * name inside a label ("HTS militants") keeps the mention; the label is its connotation.
     */
    private boolean labelOutranks(int linked, int first, int end, Found name) {
        if (linked < 0 || linked == name.actor || name.kind == MentionKind.LABEL || first > name.first
                || end < name.end || end - first == name.end - name.first) {
            return false;
        }
        ActorType type = catalog.actors().get(name.actor).type();
        return type == ActorType.PERSON || type == ActorType.STATE || type == ActorType.GOVERNMENT
                || type == ActorType.PLACE;
    }

    private int labelEntry(int group) {
        for (int k = 0; k < terms.groupSize(group); k++) {
            int entry = terms.groupEntryId(group, k);
            if (terms.entry(entry).category() == Category.LABEL) {
                return entry;
            }
        }
        return terms.groupEntryId(group, 0);
    }

    /** "Russian President Vladimir Putin", "Mr Putin": a title before a person's name belongs to the mention. */
    private void extendOverTitles(StructureBuffer text, List<Found> mentions) {
        int previousEnd = 0;
        for (Found mention : mentions) {
            if (mention.kind == MentionKind.NAME && actorType(mention.actor) == ActorType.PERSON) {
                int first = mention.first;
                while (first - 1 >= previousEnd && NameWords.isCapitalised(text, first - 1)
                        && (NameWords.isTitle(text, first - 1)
                        || first - 2 >= previousEnd && NameWords.isTitle(text, first - 2)
                        && NameWords.isNationalityAdjective(text, first - 1))) {
                    first--;
                }
                if (first - 1 >= previousEnd && NameWords.isCapitalised(text, first - 1) && first < mention.first
                        && NameWords.isNationalityAdjective(text, first - 1)) {
                    first--;
                }
                mention.first = first;
            }
            previousEnd = mention.end;
        }
    }

    /** "Russian President" (a role) right before "Vladimir Putin" (a name) of the same actor is one mention. */
    private List<Found> joinAdjacent(List<Found> mentions) {
        joined.clear();
        for (Found mention : mentions) {
            Found last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.actor == mention.actor && last.end == mention.first) {
                last.end = mention.end;
                if (mention.kind == MentionKind.NAME) {
                    last.kind = MentionKind.NAME;
                }
                if (last.labelEntry < 0) {
                    last.labelEntry = mention.labelEntry;
                    last.labelFirst = mention.labelFirst;
                    last.labelEnd = mention.labelEnd;
                }
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    private void markCovered(StructureBuffer text, List<Found> mentions, MatchBuffer termMatches) {
        int count = text.tokenCount();
        if (covered.length < count) {
            covered = new boolean[Math.max(count, covered.length * 2)];
        } else {
            java.util.Arrays.fill(covered, 0, count, false);
        }
        for (Found mention : mentions) {
            java.util.Arrays.fill(covered, mention.first, mention.end, true);
        }
        for (int m = 0; m < termMatches.count(); m++) {
            java.util.Arrays.fill(covered, termMatches.firstToken(m), termMatches.endToken(m), true);
        }
    }

    /**
     * Adds the capitalised names that no pack knows, keeping text order. A run of capitalised words
     * (with particles such as "al-" and "bin") is a name once the words that name no one are
     * trimmed from its ends (function words, titles, nationality adjectives); a word first in its
     * sentence is a name only if the text also capitalises it elsewhere; a word alone is no name if
     * the text also writes it in lower case, or if it is an adjective such as "Russia-backed"; a
     * sentence in title case (a headline) is skipped.
     * "Mr X" is a person. A later mention of a found name's last word ("Smith" after "John Smith")
     * is the same actor.
     */
    private List<Found> insertFoundNames(StructureBuffer text, List<Found> mentions) {
        WordFilter lowerCase = this.lowerCase;
        WordFilter capitalisedInside = this.capitalisedInside;
        lowerCase.reset(text.wordCount());
        capitalisedInside.reset(text.wordCount());
        int sentences = text.sentenceCount();
        if (sentenceFirstWord.length < sentences) {
            sentenceFirstWord = new int[Math.max(sentences, sentenceFirstWord.length * 2)];
        }
        int tokens = text.tokenCount();
        if (capital.length < tokens) {
            capital = new boolean[Math.max(tokens, capital.length * 2)];
            candidates = new int[capital.length];
            candidateSentence = new int[capital.length];
        }
        boolean[] capital = this.capital;
        int count = 0;
        for (int s = 0; s < sentences; s++) {
            int firstWord = -1;
            int words = 0;
            int capitalised = 0;
            int sentenceCandidates = count;
            for (int t = text.sentenceFirstToken(s), end = text.sentenceEndToken(s); t < end; t++) {
                TokenKind kind = text.tokenKind(t);
                capital[t] = false;
                if (kind == TokenKind.WORD) {
                    words++;
                    char c = text.text().charAt(text.tokenStart(t));
                    if (Character.isLowerCase(c)) {
                        lowerCase.add(text.tokenHash(t));
                    } else if (Character.isUpperCase(c)) {
                        capital[t] = true;
                        capitalised++;
                        if (firstWord >= 0) {
                            capitalisedInside.add(text.tokenHash(t));
                        }
                        if (!covered[t]) {
                            candidates[count] = t;
                            candidateSentence[count++] = s;
                        }
                    }
                }
                if (firstWord < 0 && kind.isWordLike()) {
                    firstWord = t;
                }
            }
            sentenceFirstWord[s] = firstWord;
            if (words >= 4 && capitalised * 4 >= words * 3) {
                count = sentenceCandidates; // a headline in title case
            }
        }
        foundByName.clear();
        foundByLastWord.clear();
        all.clear();
        int next = 0;
        int i = 0;
        while (i < count) {
            int t = candidates[i];
            int s = candidateSentence[i];
            int sentenceEnd = text.sentenceEndToken(s);
            int runEnd = t + 1;
            while (runEnd < sentenceEnd && !covered[runEnd] && (capital[runEnd]
                    || NameWords.isNameParticle(text, runEnd) && runEnd + 1 < sentenceEnd && capital[runEnd + 1])) {
                runEnd++;
            }
            while (i < count && candidates[i] < runEnd) {
                i++; // the run's own words start no name
            }
            if (runEnd - t > MAX_NAME_TOKENS) {
                continue; // a title-case line, not a name
            }
            Found found = name(text, t, runEnd, t == sentenceFirstWord[s], lowerCase, capitalisedInside);
            if (found != null) {
                while (next < mentions.size() && mentions.get(next).first < found.first) {
                    all.add(mentions.get(next++));
                }
                all.add(found);
            }
        }
        while (next < mentions.size()) {
            all.add(mentions.get(next++));
        }
        return all;
    }

    private Found name(StructureBuffer text, int first, int end, boolean sentenceInitial, WordFilter lowerCase,
            WordFilter capitalisedInside) {
        if (first >= 2 && NameWords.isFullStop(text, first - 1) && NameWords.isPersonTitle(text, first - 2)
                && text.tokenEnd(first - 2) == text.tokenStart(first - 1)) {
            first -= 2; // "Mr. Smith": the abbreviation's full stop is a token of its own
            sentenceInitial = false;
        }
        int nameFirst = first;
        boolean person = false;
        while (nameFirst < end && (NameWords.isTitle(text, nameFirst) || NameWords.isNotName(text, nameFirst)
                || NameWords.isFullStop(text, nameFirst)
                || NameWords.isNationalityAdjective(text, nameFirst)
                || nameFirst == first && sentenceInitial && !capitalisedInside.mightContain(text.tokenHash(nameFirst)))) {
            person |= NameWords.isPersonTitle(text, nameFirst);
            nameFirst++;
        }
        int nameEnd = end;
        while (nameEnd > nameFirst && (NameWords.isNotName(text, nameEnd - 1) || NameWords.isTitle(text, nameEnd - 1)
                || NameWords.isNameParticle(text, nameEnd - 1))) {
            nameEnd--;
        }
        if (nameEnd <= nameFirst) {
            return null;
        }
        boolean single = nameEnd - nameFirst == 1;
        if (single && !person && (lowerCase.mightContain(text.tokenHash(nameFirst))
                || NameWords.isHyphenatedAdjective(text, nameFirst))) {
            return null;
        }
        long key = 0;
        for (int t = nameFirst; t < nameEnd; t++) {
            key = key * 0x9E3779B97F4A7C15L + text.tokenHash(t); // the words' hashes in order
        }
        key = LongIntMap.nonZero(key);
        long lastWord = LongIntMap.nonZero(text.tokenHash(nameEnd - 1));
        int actor = foundByName.get(key) - 1;
        if (actor < 0 && single) {
            actor = foundByLastWord.get(lastWord) - 1;
        }
        if (actor < 0) {
            int wordsEnd = stemEnd(text.text(), text.tokenStart(nameEnd - 1), text.tokenEnd(nameEnd - 1));
            actor = catalog.actors().size() + foundNames.add(text.tokenStart(nameFirst), wordsEnd, person);
            foundByName.put(key, actor + 1);
            if (!single && foundByLastWord.get(lastWord) == 0) {
                foundByLastWord.put(lastWord, actor + 1);
            }
        }
        return mention(person ? first : nameFirst, nameEnd, actor, MentionKind.FOUND);
    }

    /** The type of a catalog or found actor. */
    ActorType actorType(int actor) {
        int known = catalog.actors().size();
        if (actor < known) {
            return catalog.actors().get(actor).type();
        }
        return foundNames.isPerson(actor - known) ? ActorType.PERSON : ActorType.UNKNOWN;
    }

    /** The end of a word without its possessive: "Europe's" is "Europe". */
    private static int stemEnd(CharSequence chars, int start, int end) {
        if (end - start > 2 && TokenHash.fold(chars.charAt(end - 1)) == 's' && TokenHash.isApostrophe(chars.charAt(end - 2))) {
            return end - 2;
        }
        return end - start > 1 && TokenHash.isApostrophe(chars.charAt(end - 1)) ? end - 1 : end;
    }

    /** A mention of {@code actor} with no label, from the pool; valid until the next text. */
    Found mention(int first, int end, int actor, MentionKind kind) {
        if (pooled == pool.size()) {
            pool.add(new Found());
        }
        return pool.get(pooled++).set(first, end, actor, kind);
    }

    /** The catalog actor of index {@code actor}, or null for a name found in the text. */
    Actor knownActor(int actor) {
        return actor < catalog.actors().size() ? catalog.actors().get(actor) : null;
    }

    /** The number of catalog actors: found actors are indexed from it. */
    int catalogSize() {
        return catalog.actors().size();
    }

    /** The number of actors the current text may mention: the catalog's and those found in it. */
    int actorCount() {
        return catalog.actors().size() + foundNames.size();
    }
}
