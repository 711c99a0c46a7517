package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon packs composed in order and compiled into a phrase matcher over tokens.
 *
 * <p>Packs compose as {@code docs/lexicon-format.md} says: a new phrase and category adds an
 * entry, a known one overrides the earlier entry, a removal deletes it. Matching runs once over a
 * text's tokens, leftmost-longest, and its cost per token does not grow with the lexicon's size.
 * A lexicon is immutable and thread-safe.
 */
public final class Lexicon {
    private final List<PackInfo> packs;
    private final List<LexiconEntry> entries;
    private final PhraseTrie trie;
    private final int[] nodeGroup;
    private final int[][] groupEntryIds;
    private final int[] groupCategories;
    private final List<String> concepts;
    private final int[] entryConcept;

    /** Compiles entries whose keys, aligned with them, their packs computed. */
    private Lexicon(List<PackInfo> packs, List<EntryKey> keys, List<LexiconEntry> entries) {
        this.packs = List.copyOf(packs);
        this.entries = List.copyOf(entries);
        this.trie = new PhraseTrie(entries.size() * 4);
        Map<Integer, Map<Category, Candidate>> terminals = new HashMap<>();
        for (int id = 0; id < entries.size(); id++) {
            insert(id, entries.get(id), keys.get(id).phrase().words(), terminals);
        }
        trie.seal();
        this.nodeGroup = new int[trie.nodeCount()];
        Arrays.fill(nodeGroup, -1);
        this.groupEntryIds = new int[terminals.size()][];
        this.groupCategories = new int[terminals.size()];
        int group = 0;
        for (Map.Entry<Integer, Map<Category, Candidate>> terminal : terminals.entrySet()) {
            Collection<Candidate> members = terminal.getValue().values(); // an EnumMap's: in category order
            int[] ids = new int[members.size()];
            int k = 0;
            for (Candidate member : members) {
                ids[k++] = member.id();
                groupCategories[group] |= 1 << member.entry().category().ordinal();
            }
            nodeGroup[terminal.getKey()] = group;
            groupEntryIds[group++] = ids;
        }
        Map<String, Integer> conceptIds = new LinkedHashMap<>();
        this.entryConcept = new int[entries.size()];
        for (int id = 0; id < entries.size(); id++) {
            entryConcept[id] = entries.get(id).concept()
                    .map(concept -> conceptIds.computeIfAbsent(concept, c -> conceptIds.size())).orElse(-1);
        }
        this.concepts = List.copyOf(conceptIds.keySet());
    }

    /** An entry waiting at a trie node; a written form beats an inflected one, a later entry an earlier. */
    private record Candidate(int id, LexiconEntry entry, boolean written) {}

    private void insert(int id, LexiconEntry entry, List<String> words,
            Map<Integer, Map<Category, Candidate>> terminals) {
        int inflected = entry.inflection() == Inflection.VERB ? 0 : words.size() - 1;
        List<String> forms = Inflector.forms(words.get(inflected), entry.inflection(), true);
        long[] hashes = new long[words.size()];
        for (int w = 0; w < words.size(); w++) {
            hashes[w] = TokenHash.of(words.get(w));
        }
        for (int f = 0; f < forms.size(); f++) {
            hashes[inflected] = TokenHash.of(forms.get(f));
            int node = trie.insert(hashes);
            boolean written = f == 0;
            Map<Category, Candidate> byCategory = terminals.computeIfAbsent(node, n -> new EnumMap<>(Category.class));
            Candidate present = byCategory.get(entry.category());
            if (present == null || written || !present.written()) {
                byCategory.put(entry.category(), new Candidate(id, entry, written));
            }
        }
    }

    /**
     * Composes packs in order and compiles them.
     *
     * @param packs the packs, earliest first
     * @return the compiled lexicon
     * @throws LexiconException if a pack removes an entry that no earlier pack defines
     */
    public static Lexicon compile(List<LexiconPack> packs) {
        checkNotNull(packs, "packs");
        Map<EntryKey, LexiconEntry> composed = new LinkedHashMap<>();
        List<PackInfo> infos = new ArrayList<>();
        for (LexiconPack pack : packs) {
            infos.add(pack.info());
            for (Removal removal : pack.removals()) {
                EntryKey key = EntryKey.of(removal.phrase(), removal.category());
                if (composed.remove(key) == null) {
                    Origin at = removal.origin();
                    throw new LexiconException(at.source(), at.line(), 1,
                            "cannot remove " + key.describe() + ": no earlier pack defines it");
                }
            }
            List<LexiconEntry> entries = pack.entries();
            for (int i = 0; i < entries.size(); i++) {
                EntryKey key = pack.key(i);
                composed.remove(key); // an override takes the place of the later definition
                composed.put(key, entries.get(i));
            }
        }
        return new Lexicon(infos, new ArrayList<>(composed.keySet()), new ArrayList<>(composed.values()));
    }

    /**
     * Finds every phrase match in {@code tokens}, leftmost-longest, into {@code out}.
     *
     * @param tokens a scanned text
     * @param out receives the matches, replacing what it held
     */
    public void match(StructureBuffer tokens, MatchBuffer out) {
        out.clear();
        int count = tokens.tokenCount();
        int depth = trie.maxDepth();
        int i = 0;
        while (i < count) {
            if (!trie.mayStart(tokens.tokenHash(i))) {
                i++;
                continue;
            }
            int node = 0;
            int bestEnd = -1;
            int bestGroup = -1;
            int limit = Math.min(count, i + depth);
            for (int j = i; j < limit; j++) {
                node = trie.child(node, tokens.tokenHash(j));
                if (node < 0) {
                    break;
                }
                int group = nodeGroup[node];
                if (group >= 0) {
                    bestEnd = j + 1;
                    bestGroup = group;
                }
                if (!trie.hasChildren(node)) {
                    break;
                }
            }
            if (bestGroup >= 0) {
                out.add(i, bestEnd, bestGroup);
                i = bestEnd;
            } else {
                i++;
            }
        }
    }

    /**
     * Returns the entries a match stands for: one per category, in category order.
     *
     * @param group a group from {@link MatchBuffer#group(int)}
     * @return an immutable list
     */
    public List<LexiconEntry> entriesOf(int group) {
        return Arrays.stream(groupEntryIds[group]).mapToObj(entries::get).toList();
    }

    /**
     * Returns the number of distinct match groups, so that per-group tables can be built once.
     *
     * @return the group count; groups are numbered from 0
     */
    public int groupCount() {
        return groupEntryIds.length;
    }

    /**
     * Returns how many entries a match stands for.
     *
     * @param group a group from {@link MatchBuffer#group(int)}
     * @return the number of entries, at least 1
     */
    public int groupSize(int group) {
        return groupEntryIds[group].length;
    }

    /**
     * Returns the id of one entry of a match, as {@link #entry(int)} takes it.
     *
     * @param group a group from {@link MatchBuffer#group(int)}
     * @param k an index in {@code [0, groupSize(group))}
     * @return an entry id, an index into {@link #entries()}
     */
    public int groupEntryId(int group, int k) {
        return groupEntryIds[group][k];
    }

    /**
     * Returns the entry with an id.
     *
     * @param id an index into {@link #entries()}
     * @return the entry
     */
    public LexiconEntry entry(int id) {
        return entries.get(id);
    }

    /**
     * Returns the concept id of an entry, an index into {@link #concepts()}.
     *
     * @param entryId an entry id
     * @return its concept id, or -1 when the entry names no concept
     */
    public int conceptId(int entryId) {
        return entryConcept[entryId];
    }

    /**
     * Returns the concepts the entries name, in order of first appearance.
     *
     * @return an immutable list of concept ids such as {@code armed-groups}
     */
    public List<String> concepts() {
        return concepts;
    }

    /**
     * Tells whether a match's entries include one of {@code category}, without allocating.
     *
     * @param group a group from {@link MatchBuffer#group(int)}
     * @param category a category
     * @return true if the group has an entry of that category
     */
    public boolean groupHas(int group, Category category) {
        return (groupCategories[group] & (1 << category.ordinal())) != 0;
    }

    /**
     * Returns the composed entries.
     *
     * @return an immutable list, in pack order
     */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * Returns the headers of the composed packs, earliest first.
     *
     * @return an immutable list
     */
    public List<PackInfo> packs() {
        return packs;
    }

    @Override
    public String toString() {
        return "Lexicon" + packs.stream().map(PackInfo::name).toList() + " (" + entries.size() + " entries)";
    }
}
