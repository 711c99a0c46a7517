package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One outlet's labels for one concept in one voice.
 *
 * @param outlet the outlet
 * @param counts the count of each label, aligned with {@link LabelDistribution#labels()}
 * @param total the sum of the counts
 * @param meanValence the mean valence of the terms; empty when there are none
 * @param smallSample whether {@code total} is below the settings' {@code minTerms}
 * @param distinctive the labels most distinctive of this outlet against the others, highest z first
 */
public record OutletLabels(String outlet, List<Integer> counts, int total, OptionalDouble meanValence,
        boolean smallSample, List<DistinctiveLabel> distinctive) {

    /** Validates and copies the fields. */
    public OutletLabels {
        checkNotNull(outlet, "outlet");
        counts = List.copyOf(counts);
        checkNotNull(meanValence, "meanValence");
        distinctive = List.copyOf(distinctive);
    }

    /**
     * Returns the share of label {@code i} among this outlet's labels of the concept in this voice.
     *
     * @param i a label index
     * @return a share in [0, 1]; 0 when the outlet has no terms here
     */
    public double share(int i) {
        return total == 0 ? 0.0 : (double) counts.get(i) / total;
    }
}
