package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.voice.VoiceKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one outlet wrote, pooled over its articles: its size, the rates of loaded terms,
 * distancing markers and hedges, and its label counts per concept and voice, from which a framing
 * vector is one call away ({@link #labelShares}).
 *
 * @param outlet the outlet's name
 * @param articles how many of its articles were compared
 * @param tokens their word tokens, the denominator of every rate
 * @param loadedTerms loaded terms ({@link LoadedTerms}) in any voice
 * @param narratorLoadedTerms loaded terms in the outlet's own voice
 * @param distancingMarkers terms of the category {@code distancing} ("so-called", "purportedly")
 * @param hedges terms of the category {@code hedge}
 * @param distancedTerms terms held at a distance: in scare quotes or after a distancing marker
 * @param smallSample whether the outlet has fewer tokens than the settings' {@code minTokens}
 * @param labelCounts concept → voice → label → count
 */
public record OutletProfile(String outlet, int articles, long tokens, long loadedTerms, long narratorLoadedTerms,
        long distancingMarkers, long hedges, long distancedTerms, boolean smallSample,
        Map<String, Map<VoiceKind, Map<String, Integer>>> labelCounts) {

    /** Validates and copies the fields. */
    public OutletProfile {
        checkNotNull(outlet, "outlet");
        Map<String, Map<VoiceKind, Map<String, Integer>>> copy = new LinkedHashMap<>();
        labelCounts.forEach((concept, byVoice) -> {
            Map<VoiceKind, Map<String, Integer>> voices = new LinkedHashMap<>();
            byVoice.forEach((voice, counts) -> voices.put(voice, Map.copyOf(counts)));
            copy.put(concept, java.util.Collections.unmodifiableMap(voices));
        });
        labelCounts = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Returns a count per 1,000 of the outlet's word tokens.
     *
     * @param count a count of terms
     * @return the rate, 0 when the outlet has no tokens
     */
    public double per1000(long count) {
        return tokens == 0 ? 0.0 : count * 1000.0 / tokens;
    }

    /**
     * Returns how often the outlet used each label of a concept in one voice.
     *
     * @param concept a concept id
     * @param voice a voice
     * @return label → count; empty when the outlet never named the concept in that voice
     */
    public Map<String, Integer> labelCounts(String concept, VoiceKind voice) {
        return labelCounts.getOrDefault(concept, Map.of()).getOrDefault(voice, Map.of());
    }

    /**
     * Returns the outlet's framing of a concept in one voice: the share of each label among its
     * labels for the concept, summing to 1.
     *
     * @param concept a concept id
     * @param voice a voice
     * @return label → share; empty when the outlet never named the concept in that voice
     */
    public Map<String, Double> labelShares(String concept, VoiceKind voice) {
        Map<String, Integer> counts = labelCounts(concept, voice);
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Double> shares = new java.util.TreeMap<>();
        counts.forEach((label, count) -> shares.put(label, (double) count / total));
        return java.util.Collections.unmodifiableMap(shares);
    }
}
