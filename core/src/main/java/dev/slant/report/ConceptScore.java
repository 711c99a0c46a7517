package dev.slant.report;

import static dev.slant.internal.Checks.checkNotNull;

import java.util.OptionalDouble;

/**
 * How an article named one concept.
 *
 * @param counts its labels counted by voice
 * @param narratorValence the mean valence of its labels in the narrator's voice, empty when the
 *     narrator never named it
 */
public record ConceptScore(VoiceCounts counts, OptionalDouble narratorValence) {

    /** Validates the fields. */
    public ConceptScore {
        checkNotNull(counts, "counts");
        checkNotNull(narratorValence, "narratorValence");
    }
}
