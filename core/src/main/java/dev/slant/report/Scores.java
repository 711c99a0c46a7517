package dev.slant.report;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Category;
import dev.slant.voice.VoiceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An article's term counts by category and by concept, each split by voice, with rates per 1,000
 * word tokens available through {@link VoiceCounts#per1000}.
 *
 * @param tokens the article's word tokens (words and numbers, not punctuation)
 * @param byCategory the terms of each category found, by voice
 * @param byConcept the labels of each concept found, by voice, with their narrator valence
 */
public record Scores(int tokens, Map<Category, VoiceCounts> byCategory, Map<String, ConceptScore> byConcept) {

    /** Validates and copies the maps. */
    public Scores {
        dev.slant.internal.Checks.checkArgument(tokens >= 0, "tokens must not be negative: tokens=%d", tokens);
        byCategory = Map.copyOf(checkNotNull(byCategory, "byCategory"));
        byConcept = Map.copyOf(checkNotNull(byConcept, "byConcept"));
    }

    /**
     * Computes the scores of a list of terms.
     *
     * @param terms the article's terms
     * @param tokens the article's word tokens
     * @return the scores
     */
    public static Scores of(List<Term> terms, int tokens) {
        Map<Category, VoiceCounts> byCategory = new EnumMap<>(Category.class);
        Map<String, VoiceCounts> conceptCounts = new TreeMap<>();
        Map<String, double[]> narratorValence = new TreeMap<>();
        for (Term term : terms) {
            VoiceKind voice = term.voice().kind();
            byCategory.merge(term.entry().category(), VoiceCounts.ZERO.plus(voice), (a, b) -> a.plus(voice));
            term.entry().concept().ifPresent(concept -> {
                conceptCounts.merge(concept, VoiceCounts.ZERO.plus(voice), (a, b) -> a.plus(voice));
                if (voice == VoiceKind.NARRATOR) {
                    double[] sum = narratorValence.computeIfAbsent(concept, c -> new double[2]);
                    sum[0] += term.entry().valence();
                    sum[1]++;
                }
            });
        }
        Map<String, ConceptScore> byConcept = new TreeMap<>();
        conceptCounts.forEach((concept, counts) -> {
            double[] sum = narratorValence.get(concept);
            OptionalDouble mean = sum == null ? OptionalDouble.empty() : OptionalDouble.of(sum[0] / sum[1]);
            byConcept.put(concept, new ConceptScore(counts, mean));
        });
        return new Scores(tokens, byCategory, byConcept);
    }
}
