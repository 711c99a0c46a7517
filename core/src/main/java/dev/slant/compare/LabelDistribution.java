package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.Optional;

/**
 * The labels the outlets chose for one concept in one voice, side by side.
 *
 * @param voice the voice
 * @param labels the labels any outlet used in this voice, most frequent first, ties by name
 * @param outlets one row per outlet that used at least one of them, in the comparison's outlet order
 * @param divergence the pairwise Jensen-Shannon divergences of the rows
 */
public record LabelDistribution(VoiceKind voice, List<String> labels, List<OutletLabels> outlets,
        DivergenceMatrix divergence) {

    /** Validates and copies the fields. */
    public LabelDistribution {
        checkNotNull(voice, "voice");
        labels = List.copyOf(labels);
        outlets = List.copyOf(outlets);
        checkNotNull(divergence, "divergence");
    }

    /**
     * Returns one outlet's row.
     *
     * @param outlet the outlet
     * @return its labels, or empty when it used none in this voice
     */
    public Optional<OutletLabels> outlet(String outlet) {
        return outlets.stream().filter(o -> o.outlet().equals(outlet)).findFirst();
    }
}
