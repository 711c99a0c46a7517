package dev.slant.report;

import static dev.slant.internal.Checks.checkArgument;

import dev.slant.lexicon.Category;
import dev.slant.voice.VoiceKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An article's term counts by category and by concept, each split by voice, with rates per 1,000
 * word tokens through {@link VoiceCounts#per1000}. Counts are kept in arrays; the maps are built
 * when asked for. Immutable.
 */
public final class Scores {
    private static final int VOICES = VoiceKind.values().length;

    private final int tokens;
    private final int[] categoryCounts;
    private final List<String> concepts;
    private final int[] conceptCounts;
    private final double[] narratorValenceSums;

    /**
     * Creates scores from counts indexed by category or concept ordinal times 3 plus voice ordinal.
     *
     * @param tokens the article's word tokens
     * @param categoryCounts counts per category and voice, {@code Category.values().length * 3} long
     * @param concepts the concept names the concept arrays are indexed by
     * @param conceptCounts counts per concept and voice, {@code concepts.size() * 3} long
     * @param narratorValenceSums the sum of valences per concept in the narrator's voice
     * @throws IllegalArgumentException if a count is negative or an array has the wrong length
     */
    public Scores(int tokens, int[] categoryCounts, List<String> concepts, int[] conceptCounts,
            double[] narratorValenceSums) {
        checkArgument(tokens >= 0, "tokens must not be negative: tokens=%d", tokens);
        checkArgument(categoryCounts.length == Category.values().length * VOICES,
                "categoryCounts must have %d elements, found %d", Category.values().length * VOICES, categoryCounts.length);
        checkArgument(conceptCounts.length == concepts.size() * VOICES,
                "conceptCounts must have %d elements, found %d", concepts.size() * VOICES, conceptCounts.length);
        checkArgument(narratorValenceSums.length == concepts.size(),
                "narratorValenceSums must have %d elements, found %d", concepts.size(), narratorValenceSums.length);
        this.tokens = tokens;
        this.categoryCounts = categoryCounts.clone();
        this.concepts = List.copyOf(concepts);
        this.conceptCounts = conceptCounts.clone();
        this.narratorValenceSums = narratorValenceSums.clone();
    }

    /**
     * Returns the article's word tokens (words and numbers, not punctuation), the base of every rate.
     *
     * @return the token count
     */
    public int tokens() {
        return tokens;
    }

    /**
     * Returns the counts of one category.
     *
     * @param category a category
     * @return its counts by voice, zero when none was found
     */
    public VoiceCounts of(Category category) {
        return counts(categoryCounts, category.ordinal());
    }

    /**
     * Returns the categories found, with their counts by voice.
     *
     * @return an immutable map in category order
     */
    public Map<Category, VoiceCounts> byCategory() {
        Map<Category, VoiceCounts> map = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            VoiceCounts counts = of(category);
            if (counts.total() > 0) {
                map.put(category, counts);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the concepts named, with their labels' counts by voice and their narrator valence.
     *
     * @return an immutable map sorted by concept
     */
    public Map<String, ConceptScore> byConcept() {
        Map<String, ConceptScore> map = new TreeMap<>();
        for (int c = 0; c < concepts.size(); c++) {
            VoiceCounts counts = counts(conceptCounts, c);
            if (counts.total() > 0) {
                OptionalDouble valence = counts.narrator() == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of(narratorValenceSums[c] / counts.narrator());
                map.put(concepts.get(c), new ConceptScore(counts, valence));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static VoiceCounts counts(int[] counts, int index) {
        int base = index * VOICES;
        return new VoiceCounts(counts[base + VoiceKind.NARRATOR.ordinal()], counts[base + VoiceKind.REPORTED.ordinal()],
                counts[base + VoiceKind.QUOTED.ordinal()],
                counts[base + VoiceKind.DISTANCED.ordinal()]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scores that && tokens == that.tokens && byCategory().equals(that.byCategory())
                && byConcept().equals(that.byConcept());
    }

    @Override
    public int hashCode() {
        return 31 * tokens + byCategory().hashCode();
    }

    @Override
    public String toString() {
        return "Scores[tokens=" + tokens + ", byCategory=" + byCategory() + ", byConcept=" + byConcept() + "]";
    }
}
