package dev.slant.actors;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.lexicon.Origin;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the actor mentions of one text, in text order and without overlaps: the aliases and roles
 * of the catalog (one pass of its phrase lexicon), the labels of the term lexicon whose concept an
 * actor links, titles before names ("Russian President", "Mr"), and capitalised names no pack
 * knows. Linear in the text; not thread-safe (one per thread).
 */
final class MentionResolver {
    private static final Origin FOUND_IN_TEXT = new Origin("text", "the article", 0);
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

        Found(int first, int end, int actor, MentionKind kind) {
            this.first = first;
            this.end = end;
            this.actor = actor;
            this.kind = kind;
        }
    }

    private final ActorCatalog catalog;
    private final Lexicon terms;
    private final int[] conceptLinks;
    private final MatchBuffer phraseMatches = new MatchBuffer();
    private boolean[] covered = new boolean[64];
    private final WordFilter lowerCase = new WordFilter();
    private int[] sentenceFirstWord = new int[16];
    private boolean[] sentenceHeadline = new boolean[16];
    private final WordFilter capitalisedInside = new WordFilter();
    /** The actors found in the current text that no pack knows, indexed from the catalog's size. */
    final List<Actor> foundActors = new ArrayList<>();

    MentionResolver(ActorCatalog catalog, Lexicon terms) {
        this.catalog = catalog;
        this.terms = terms;
        this.conceptLinks = catalog.conceptLinks(terms);
    }

    /** Resolves the mentions of a scanned text whose terms were matched into {@code termMatches}. */
    List<Found> resolve(StructureBuffer text, MatchBuffer termMatches) {
        foundActors.clear();
        List<Found> named = new ArrayList<>();
        catalog.phrases().match(text, phraseMatches);
        for (int m = 0; m < phraseMatches.count(); m++) {
            int entry = catalog.phrases().groupEntryId(phraseMatches.group(m), 0);
            if (!catalog.caseFits(entry, text, phraseMatches.firstToken(m))) {
                continue;
            }
            named.add(new Found(phraseMatches.firstToken(m), phraseMatches.endToken(m), catalog.actorOfPhrase(entry),
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
        List<Found> merged = new ArrayList<>(named.size() + 8);
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
                Found label = new Found(first, end, linked, MentionKind.LABEL);
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
    private static List<Found> joinAdjacent(List<Found> mentions) {
        List<Found> joined = new ArrayList<>(mentions.size());
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
            sentenceHeadline = new boolean[sentenceFirstWord.length];
        }
        for (int s = 0; s < sentences; s++) {
            int firstWord = -1;
            int words = 0;
            int capitalised = 0;
            for (int t = text.sentenceFirstToken(s), end = text.sentenceEndToken(s); t < end; t++) {
                TokenKind kind = text.tokenKind(t);
                if (kind == TokenKind.WORD) {
                    words++;
                    char c = text.text().charAt(text.tokenStart(t));
                    if (Character.isLowerCase(c)) {
                        lowerCase.add(text.tokenHash(t));
                    } else if (Character.isUpperCase(c)) {
                        capitalised++;
                        if (firstWord >= 0) {
                            capitalisedInside.add(text.tokenHash(t));
                        }
                    }
                }
                if (firstWord < 0 && kind.isWordLike()) {
                    firstWord = t;
                }
            }
            sentenceFirstWord[s] = firstWord;
            sentenceHeadline[s] = words >= 4 && capitalised * 4 >= words * 3; // a headline in title case
        }
        Map<Long, Integer> byKey = new HashMap<>();
        Map<Long, Integer> byLastWord = new HashMap<>();
        List<Found> all = new ArrayList<>(mentions.size() + 16);
        int next = 0;
        for (int s = 0; s < sentences; s++) {
            if (sentenceHeadline[s]) {
                continue;
            }
            int sentenceEnd = text.sentenceEndToken(s);
            int firstWord = sentenceFirstWord[s];
            int t = text.sentenceFirstToken(s);
            while (t < sentenceEnd) {
                if (covered[t] || !NameWords.isCapitalised(text, t)) {
                    t++;
                    continue;
                }
                int runEnd = t + 1;
                while (runEnd < sentenceEnd && !covered[runEnd] && (NameWords.isCapitalised(text, runEnd)
                        || NameWords.isNameParticle(text, runEnd) && runEnd + 1 < sentenceEnd
                        && NameWords.isCapitalised(text, runEnd + 1))) {
                    runEnd++;
                }
                if (runEnd - t > MAX_NAME_TOKENS) {
                    t = runEnd; // a title-case line, not a name
                    continue;
                }
                Found found = name(text, t, runEnd, t == firstWord, lowerCase,
                        capitalisedInside, byKey, byLastWord);
                if (found != null) {
                    while (next < mentions.size() && mentions.get(next).first < found.first) {
                        all.add(mentions.get(next++));
                    }
                    all.add(found);
                }
                t = runEnd;
            }
        }
        while (next < mentions.size()) {
            all.add(mentions.get(next++));
        }
        return all;
    }

    private Found name(StructureBuffer text, int first, int end, boolean sentenceInitial, WordFilter lowerCase,
            WordFilter capitalisedInside, Map<Long, Integer> byKey, Map<Long, Integer> byLastWord) {
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
        Integer actor = byKey.get(key);
        if (actor == null && single) {
            actor = byLastWord.get(text.tokenHash(nameFirst));
        }
        if (actor == null) {
            actor = catalog.actors().size() + foundActors.size();
            foundActors.add(foundActor(text, nameFirst, nameEnd, person));
            byKey.put(key, actor);
            if (!single) {
                byLastWord.putIfAbsent(text.tokenHash(nameEnd - 1), actor);
            }
        }
        return new Found(person ? first : nameFirst, nameEnd, actor, MentionKind.FOUND);
    }

    private static Actor foundActor(StructureBuffer text, int first, int end, boolean person) {
        StringBuilder name = new StringBuilder();
        StringBuilder id = new StringBuilder("found/");
        CharSequence chars = text.text();
        for (int t = first; t < end; t++) {
            int wordEnd = t == end - 1 ? stemEnd(chars, text.tokenStart(t), text.tokenEnd(t)) : text.tokenEnd(t);
            String word = chars.subSequence(text.tokenStart(t), wordEnd).toString();
            if (t > first) {
                name.append(' ');
                id.append('-');
            }
            name.append(word);
            id.append(word.toLowerCase(Locale.ROOT));
        }
        return new Actor(id.toString(), name.toString(), person ? ActorType.PERSON : ActorType.UNKNOWN,
                List.of(name.toString()), List.of(), List.of(), FOUND_IN_TEXT);
    }

    /** The type of a catalog or found actor. */
    ActorType actorType(int actor) {
        int known = catalog.actors().size();
        return actor < known ? catalog.actors().get(actor).type() : foundActors.get(actor - known).type();
    }

    /** The end of a word without its possessive: "Europe's" is "Europe". */
    private static int stemEnd(CharSequence chars, int start, int end) {
        if (end - start > 2 && TokenHash.fold(chars.charAt(end - 1)) == 's' && TokenHash.isApostrophe(chars.charAt(end - 2))) {
            return end - 2;
        }
        return end - start > 1 && TokenHash.isApostrophe(chars.charAt(end - 1)) ? end - 1 : end;
    }

    /** The index of a catalog actor, or of an actor found in the current text, by id; -1 for none. */
    int indexOf(String id) {
        int known = catalog.indexOf(id);
        if (known >= 0) {
            return known;
        }
        for (int f = 0; f < foundActors.size(); f++) {
            if (foundActors.get(f).id().equals(id)) {
                return catalog.actors().size() + f;
            }
        }
        return -1;
    }

    /** A catalog or found actor. */
    Actor actor(int actor) {
        int known = catalog.actors().size();
        return actor < known ? catalog.actors().get(actor) : foundActors.get(actor - known);
    }
}
