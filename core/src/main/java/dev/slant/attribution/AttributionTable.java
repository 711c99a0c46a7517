package dev.slant.attribution;

import dev.slant.lexicon.Stance;
import dev.slant.text.Span;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The attributions of one article in compact form (character offsets in primitive arrays), with
 * the records built when they are read, and the counts by kind, stance and speaker. Immutable.
 *
 * <p>Speakers are told apart by name, and a name that ends with the last word of an earlier name
 * is that earlier speaker ("Putin" after "Vladimir Putin"), as news writing refers to people.
 */
public final class AttributionTable {
    private static final AttributionTable EMPTY = new AttributionTable("", new int[0], new byte[0], new int[0],
            new byte[0], new int[0], new byte[0], new int[0][]);
    private static final Stance[] STANCES = Stance.values();
    private static final SourceKind[] SOURCE_KINDS = SourceKind.values();
    private static final AttributionKind[] KINDS = AttributionKind.values();

    private final String text;
    private final int[] cue;
    private final byte[] stance;
    private final int[] source;
    private final byte[] sourceKind;
    private final int[] name;
    private final byte[] kind;
    private final int[][] parts;
    /** Each attribution's speaker name, built on first use. */
    private volatile String[] speakers;

    AttributionTable(String text, int[] cue, byte[] stance, int[] source, byte[] sourceKind, int[] name, byte[] kind,
            int[][] parts) {
        this.text = text;
        this.cue = cue;
        this.stance = stance;
        this.source = source;
        this.sourceKind = sourceKind;
        this.name = name;
        this.kind = kind;
        this.parts = parts;
    }

    /**
     * Returns a table with no attributions.
     *
     * @return the empty table
     */
    public static AttributionTable empty() {
        return EMPTY;
    }

    /**
     * Returns the number of attributions.
     *
     * @return the count
     */
    public int size() {
        return kind.length;
    }

    /**
     * Returns attribution {@code i}.
     *
     * @param i an index in text order of the cues
     * @return the attribution
     */
    public Attribution get(int i) {
        Objects.checkIndex(i, kind.length);
        Span cueSpan = new Span(cue[2 * i], cue[2 * i + 1]);
        Cue c = new Cue(cueSpan, cueSpan.textOf(text), stance(i));
        List<Span> pieces = new ArrayList<>(parts[i].length / 2);
        for (int p = 0; p < parts[i].length; p += 2) {
            pieces.add(new Span(parts[i][p], parts[i][p + 1]));
        }
        Span content = new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
        return new Attribution(kind(i), source(i), c, content, pieces);
    }

    /**
     * Returns the attributions in text order of their cues.
     *
     * @return an immutable view
     */
    public List<Attribution> list() {
        return new AbstractList<>() {
            @Override
            public Attribution get(int i) {
                return AttributionTable.this.get(i);
            }

            @Override
            public int size() {
                return AttributionTable.this.size();
            }
        };
    }

    /**
     * Returns the kind of attribution {@code i}, without allocating.
     *
     * @param i an attribution index
     * @return its kind
     */
    public AttributionKind kind(int i) {
        return KINDS[kind[i]];
    }

    /**
     * Returns the stance of attribution {@code i}'s cue, without allocating.
     *
     * @param i an attribution index
     * @return the cue's stance
     */
    public Stance stance(int i) {
        return STANCES[stance[i]];
    }

    /**
     * Returns the speaker of attribution {@code i}: the name it gives or resolves to.
     *
     * @param i an attribution index
     * @return the speaker's name, or empty for an unnamed, missing or unresolved source
     */
    public Optional<String> speaker(int i) {
        return Optional.ofNullable(speakers()[i]);
    }

    /**
     * Tells whether attribution {@code i} says who spoke: it has a source, and a pronoun source
     * found its antecedent.
     *
     * @param i an attribution index
     * @return false for an unknown speaker
     */
    public boolean hasKnownSpeaker(int i) {
        return sourceKind[i] >= 0 && (SOURCE_KINDS[sourceKind[i]] != SourceKind.PRONOUN || name[2 * i] >= 0);
    }

    /**
     * Returns the share of attributions whose speaker is unknown: no source, or a pronoun with no
     * antecedent.
     *
     * @return a share in [0, 1], 0 when there are no attributions
     */
    public double unknownSpeakerShare() {
        int unknown = 0;
        for (int i = 0; i < size(); i++) {
            unknown += hasKnownSpeaker(i) ? 0 : 1;
        }
        return size() == 0 ? 0.0 : (double) unknown / size();
    }

    /**
     * Returns how many attributions are of each kind.
     *
     * @return counts indexed by {@link AttributionKind#ordinal()}
     */
    public int[] kindCounts() {
        int[] counts = new int[KINDS.length];
        for (byte k : kind) {
            counts[k]++;
        }
        return counts;
    }

    /**
     * Returns the statements of each speaker, in order of first appearance; statements with no
     * known speaker are grouped under the source's own words ("a senior Turkish official"), or
     * under no name at all when there is no source.
     *
     * @return the statistics per speaker
     */
    public List<SpeakerStats> speakerStats() {
        // Grouped case-insensitively ("The ministry", "the ministry"), shown as first written.
        Map<String, int[]> stances = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Boolean> named = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            String speaker = speakers()[i];
            String name = speaker != null ? speaker : sourceKind[i] >= 0 && hasKnownSpeaker(i) ? sourceText(i) : "";
            String key = name.toLowerCase(Locale.ROOT);
            stances.computeIfAbsent(key, k -> new int[STANCES.length])[stance[i]]++;
            shown.putIfAbsent(key, name);
            named.putIfAbsent(key, speaker != null);
        }
        List<SpeakerStats> stats = new ArrayList<>(stances.size());
        for (Map.Entry<String, int[]> e : stances.entrySet()) {
            String name = shown.get(e.getKey());
            stats.add(new SpeakerStats(name.isEmpty() ? Optional.empty() : Optional.of(name), named.get(e.getKey()),
                    e.getValue()));
        }
        return stats;
    }

    private Optional<Source> source(int i) {
        if (sourceKind[i] < 0) {
            return Optional.empty();
        }
        Span span = new Span(source[2 * i], source[2 * i + 1]);
        return Optional.of(new Source(span, span.textOf(text), SOURCE_KINDS[sourceKind[i]], speaker(i)));
    }

    private String sourceText(int i) {
        return normalise(text.substring(source[2 * i], source[2 * i + 1]));
    }

    private String[] speakers() {
        String[] names = speakers;
        if (names == null) {
            names = new String[size()];
            for (int i = 0; i < names.length; i++) {
                if (name[2 * i] >= 0) {
                    names[i] = canonical(normalise(text.substring(name[2 * i], name[2 * i + 1])), names, i);
                }
            }
            speakers = names;
        }
        return names;
    }

    /** The earlier, fuller name that {@code name} refers to, else {@code name} itself. */
    private static String canonical(String name, String[] earlier, int count) {
        String last = lastWord(name);
        for (int j = 0; j < count; j++) {
            String other = earlier[j];
            if (other != null && other.length() > name.length() && lastWord(other).equals(last)) {
                return other;
            }
        }
        return name;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Collapses white space and drops a possessive ending, so one name is one key. */
    private static String normalise(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        if (end > 2 && out.charAt(end - 1) == 's' && isApostrophe(out.charAt(end - 2))) {
            out.setLength(end - 2);
        }
        return out.toString().trim();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * How often one speaker was given a voice, and with which cues.
     *
     * @param speaker the speaker's name, or the source's words when it has none; empty when no
     *     source was given
     * @param named whether the speaker is a name (or a pronoun resolved to one)
     * @param stanceCounts statements per cue stance, indexed by {@link Stance#ordinal()}
     */
    public record SpeakerStats(Optional<String> speaker, boolean named, int[] stanceCounts) {

        /** Copies the counts. */
        public SpeakerStats {
            Objects.requireNonNull(speaker, "speaker");
            stanceCounts = stanceCounts.clone();
        }

        /**
         * Returns the number of statements.
         *
         * @return the count
         */
        public int statements() {
            int total = 0;
            for (int c : stanceCounts) {
                total += c;
            }
            return total;
        }

        /**
         * Returns the statements introduced with cues of one stance.
         *
         * @param value a stance
         * @return the count
         */
        public int count(Stance value) {
            return stanceCounts[value.ordinal()];
        }

        /**
         * Returns the share of statements the outlet introduced with distancing cues ("claimed",
         * "alleged").
         *
         * @return a share in [0, 1]
         */
        public double distancingShare() {
            int total = statements();
            return total == 0 ? 0.0 : (double) count(Stance.DISTANCING) / total;
        }

        @Override
        public int[] stanceCounts() {
            return stanceCounts.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SpeakerStats that && speaker.equals(that.speaker) && named == that.named
                    && java.util.Arrays.equals(stanceCounts, that.stanceCounts);
        }

        @Override
        public int hashCode() {
            return Objects.hash(speaker, named, java.util.Arrays.hashCode(stanceCounts));
        }

        @Override
        public String toString() {
            return "SpeakerStats[" + speaker.orElse("(no source)") + ", " + statements() + " statements]";
        }
    }
}
