package dev.slant.compare;

import static dev.slant.internal.Checks.checkArgument;

import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One vector per outlet over every (concept, label) pair named in one voice: for each concept, the
 * share of each of its labels among the outlet's names for it, so that each concept the outlet
 * names adds a block summing to 1 and a concept it never names a block of zeros. The input of a
 * map of outlets (PCA, MDS) or a clustering. Immutable.
 */
public final class FramingVectors {
    private final VoiceKind voice;
    private final List<String> dimensions;
    private final List<String> outlets;
    private final double[][] values;

    private FramingVectors(VoiceKind voice, List<String> dimensions, List<String> outlets, double[][] values) {
        this.voice = voice;
        this.dimensions = List.copyOf(dimensions);
        this.outlets = List.copyOf(outlets);
        this.values = values;
    }

    /**
     * Builds the vectors of every outlet of a comparison in one voice.
     *
     * @param comparison the comparison
     * @param voice the voice, usually {@link VoiceKind#NARRATOR}
     * @return the vectors, one per outlet in the comparison's order
     */
    public static FramingVectors of(Comparison comparison, VoiceKind voice) {
        List<String> dimensions = new ArrayList<>();
        List<String> outlets = comparison.outlets().stream().map(OutletProfile::outlet).toList();
        List<double[]> columns = new ArrayList<>();
        for (ConceptComparison concept : comparison.concepts()) {
            concept.voice(voice).ifPresent(distribution -> {
                for (int l = 0; l < distribution.labels().size(); l++) {
                    dimensions.add(concept.concept() + "/" + distribution.labels().get(l));
                    double[] column = new double[outlets.size()];
                    for (OutletLabels row : distribution.outlets()) {
                        column[outlets.indexOf(row.outlet())] = row.share(l);
                    }
                    columns.add(column);
                }
            });
        }
        double[][] values = new double[outlets.size()][columns.size()];
        for (int d = 0; d < columns.size(); d++) {
            for (int o = 0; o < outlets.size(); o++) {
                values[o][d] = columns.get(d)[o];
            }
        }
        return new FramingVectors(voice, dimensions, outlets, values);
    }

    /**
     * Returns the voice the vectors count.
     *
     * @return the voice
     */
    public VoiceKind voice() {
        return voice;
    }

    /**
     * Returns the names of the dimensions, {@code concept/label}, concepts sorted by id and each
     * concept's labels most frequent first.
     *
     * @return the dimensions
     */
    public List<String> dimensions() {
        return dimensions;
    }

    /**
     * Returns the outlets, in the order of the rows.
     *
     * @return the outlets
     */
    public List<String> outlets() {
        return outlets;
    }

    /**
     * Returns one outlet's vector.
     *
     * @param outlet the outlet
     * @return a copy of its vector, aligned with {@link #dimensions()}
     * @throws IllegalArgumentException when the outlet is not compared
     */
    public double[] vector(String outlet) {
        int row = outlets.indexOf(outlet);
        checkArgument(row >= 0, "no such outlet: %s", outlet);
        return values[row].clone();
    }

    /**
     * Returns all vectors as a matrix, rows in {@link #outlets()} order.
     *
     * @return a copy of the matrix
     */
    public double[][] matrix() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
