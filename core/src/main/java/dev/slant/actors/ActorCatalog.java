package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Inflection;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.PackInfo;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Actor packs composed in order and compiled for mention matching. An actor of a later pack
 * replaces the actor of an earlier pack with the same id, and a phrase of a later pack takes the
 * phrase from whatever earlier actor had it. Roles match their regular plurals too ("Syrian
 * troop" finds "Syrian troops"); aliases match as written. Aliases and roles are compiled into a
 * {@link Lexicon} of their own, so mentions are found by the same phrase trie, folding and
 * possessive rule as every lexicon term, in one pass whose cost does not grow with the packs.
 * Immutable and thread-safe.
 */
public final class ActorCatalog {
    private static final String ROLE = "role";
    private static final String ALIAS = "alias";

    private final List<Actor> actors;
    private final Map<String, Integer> actorIndex;
    private final Lexicon phrases;
    /** For each concept of {@link #phrases}: the actor index it stands for. */
    private final int[] phraseActor;
    private final Map<String, Integer> conceptActor;
    /** For each alias entry, the case of each word (see {@link #CAPITALISED}); null for roles, which match in any case. */
    private final byte[][] aliasCase;

    /** A word of an alias written capitalised must be capitalised in the text ("Amnesty", not "amnesty"). */
    static final byte CAPITALISED = 1;
    /** A word of an alias written in capitals must be in capitals in the text ("US", not "us"; "WHO", not "who"). */
    static final byte CAPITALS = 2;

    private ActorCatalog(List<Actor> actors, Lexicon phrases, Map<String, Integer> conceptActor) {
        this.actors = List.copyOf(actors);
        this.actorIndex = new HashMap<>();
        for (int a = 0; a < actors.size(); a++) {
            actorIndex.put(actors.get(a).id(), a);
        }
        this.phrases = phrases;
        this.phraseActor = phrases.concepts().stream().mapToInt(actorIndex::get).toArray();
        this.conceptActor = Map.copyOf(conceptActor);
        this.aliasCase = new byte[phrases.entries().size()][];
        StructureBuffer scratch = new StructureBuffer();
        for (int id = 0; id < aliasCase.length; id++) {
            LexiconEntry entry = phrases.entry(id);
            if (entry.label().equals(ALIAS)) {
                StructureScanner.standard().scan(entry.phrase(), scratch, new Diagnostics(1));
                aliasCase[id] = new byte[scratch.tokenCount()];
                for (int t = 0; t < scratch.tokenCount(); t++) {
                    aliasCase[id][t] = caseOf(scratch, t);
                }
            }
        }
    }

    /** The case of token {@code t}: {@link #CAPITALS}, {@link #CAPITALISED} or 0. */
    static byte caseOf(StructureBuffer text, int t) {
        CharSequence chars = text.text();
        int letters = 0;
        boolean lower = false;
        for (int i = text.tokenStart(t); i < text.tokenEnd(t); i++) {
            char c = chars.charAt(i);
            lower |= Character.isLowerCase(c);
            letters += Character.isLetter(c) ? 1 : 0;
        }
        if (letters >= 2 && !lower) {
            return CAPITALS;
        }
        return Character.isUpperCase(chars.charAt(text.tokenStart(t))) ? CAPITALISED : 0;
    }

    /**
     * Tells whether the tokens of a match have the case its alias asks for; roles match in any case.
     *
     * @param entryId the matched phrase entry
     * @param text the scanned text
     * @param first the match's first token
     * @return true if the match stands
     */
    boolean caseFits(int entryId, StructureBuffer text, int first) {
        byte[] wanted = aliasCase[entryId];
        if (wanted == null) {
            return true;
        }
        for (int k = 0; k < wanted.length; k++) {
            byte found = caseOf(text, first + k);
            if (wanted[k] == CAPITALS && found != CAPITALS || wanted[k] == CAPITALISED && found == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Composes packs in order and compiles their phrases.
     *
     * @param packs the packs, earliest first
     * @return the catalog
     */
    public static ActorCatalog compile(List<ActorPack> packs) {
        checkNotNull(packs, "packs");
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (ActorPack pack : packs) {
            for (Actor actor : pack.actors()) {
                byId.remove(actor.id());
                byId.put(actor.id(), actor);
            }
        }
        StructureBuffer scratch = new StructureBuffer();
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        Map<String, Integer> conceptActor = new HashMap<>();
        List<Actor> actors = new ArrayList<>(byId.values());
        for (int a = 0; a < actors.size(); a++) {
            Actor actor = actors.get(a);
            for (String alias : actor.aliases()) {
                put(entries, alias, actor, ALIAS, Inflection.NONE, scratch);
            }
            for (String role : actor.roles()) {
                put(entries, role, actor, ROLE, Inflection.NOUN, scratch);
            }
            for (String concept : actor.concepts()) {
                conceptActor.put(concept, a);
            }
        }
        LexiconPack.Builder pack = LexiconPack.builder("actors/compiled")
                .info(new PackInfo("actors/compiled", "1", "en", "Apache-2.0", "actor packs", ""));
        entries.values().forEach(pack::add);
        return new ActorCatalog(actors, Lexicon.compile(List.of(pack.build())), conceptActor);
    }

    private static void put(Map<String, LexiconEntry> entries, String phrase, Actor actor, String kind,
            Inflection inflection, StructureBuffer scratch) {
        String key = PhraseIdentity.of(phrase, scratch);
        entries.remove(key);
        entries.put(key, new LexiconEntry(phrase, Category.LABEL, Optional.of(actor.id()), kind, 0, Set.of(),
                Optional.empty(), inflection, actor.origin()));
    }

    /**
     * Returns the composed actors.
     *
     * @return an immutable list, in pack order
     */
    public List<Actor> actors() {
        return actors;
    }

    /**
     * Finds an actor by id.
     *
     * @param id an actor id
     * @return the actor, or empty
     */
    public Optional<Actor> actor(String id) {
        Integer index = actorIndex.get(id);
        return index == null ? Optional.empty() : Optional.of(actors.get(index));
    }

    /** The index of an actor in {@link #actors()}, or -1. */
    int indexOf(String id) {
        return actorIndex.getOrDefault(id, -1);
    }

    /** The compiled aliases and roles. */
    Lexicon phrases() {
        return phrases;
    }

    /** The actor index of a phrase entry. */
    int actorOfPhrase(int entryId) {
        return phraseActor[phrases.conceptId(entryId)];
    }

    /** Whether a phrase entry is a role description rather than a name. */
    boolean isRole(int entryId) {
        return phrases.entry(entryId).label().equals(ROLE);
    }

    /**
     * Maps the concepts of a term lexicon to actor indexes, for mention resolution.
     *
     * @param lexicon the analyzer's term lexicon
     * @return for each of its concepts, the actor it stands for, or -1
     */
    int[] conceptLinks(Lexicon lexicon) {
        int[] links = new int[lexicon.concepts().size()];
        for (int c = 0; c < links.length; c++) {
            links[c] = conceptActor.getOrDefault(lexicon.concepts().get(c), -1);
        }
        return links;
    }

    @Override
    public String toString() {
        return "ActorCatalog[" + actors.size() + " actors, " + phrases.entries().size() + " phrases]";
    }
}
