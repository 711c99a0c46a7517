package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the outlets named one concept: per voice, the distribution of labels of each outlet.
 *
 * @param concept the concept id
 * @param labelValence the mean valence of each label's terms over the whole comparison
 * @param voices one distribution per voice in which any outlet named the concept, in voice order
 */
public record ConceptComparison(String concept, Map<String, Double> labelValence, List<LabelDistribution> voices) {

    /** Validates and copies the fields. */
    public ConceptComparison {
        checkNotNull(concept, "concept");
        labelValence = Map.copyOf(labelValence);
        voices = List.copyOf(voices);
    }

    /**
     * Returns the distribution in one voice.
     *
     * @param voice the voice
     * @return the distribution, or empty when no outlet named the concept in that voice
     */
    public Optional<LabelDistribution> voice(VoiceKind voice) {
        return voices.stream().filter(v -> v.voice() == voice).findFirst();
    }
}
