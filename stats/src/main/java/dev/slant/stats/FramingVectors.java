package dev.slant.stats;

import static dev.slant.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;
import smile.math.MathEx;

/**
 * Each outlet's framing vector: for every concept that at least two outlets named in the voice of
 * the tables, the shares of the concept's labels among the outlet's labels for it, concatenated
 * in concept order. A concept an outlet never named contributes the pooled shares of all outlets
 * (the average framing), so that silence on a concept neither pulls an outlet toward nor pushes
 * it away from the others. A concept only one outlet named is left out: it says what the outlet
 * wrote about, not how it framed what the others also framed.
 *
 * <p>Each block sums to 1, so a vector divided by the number of concepts {@code K} is a
 * probability distribution; the {@linkplain #distances() distance} of two outlets is the
 * Jensen-Shannon distance of those distributions, which equals the square root of the mean, over
 * the concepts, of the per-concept Jensen-Shannon divergences (in bits) that the comparison
 * reports. Immutable.
 */
public final class FramingVectors {
    /** The fewest outlets that must name a concept for it to enter the vectors. */
    public static final int MIN_OUTLETS = 2;

    private final List<String> outlets;
    private final List<String> concepts;
    private final List<String> dimensions;
    private final double[][] vectors;
    private final int[] conceptsNamed;

    private FramingVectors(List<String> outlets, List<String> concepts, List<String> dimensions, double[][] vectors,
            int[] conceptsNamed) {
        this.outlets = List.copyOf(outlets);
        this.concepts = List.copyOf(concepts);
        this.dimensions = List.copyOf(dimensions);
        this.vectors = vectors;
        this.conceptsNamed = conceptsNamed;
    }

    /**
     * Builds the framing vectors of every outlet of the tables.
     *
     * @param tables the label tables of a comparison in one voice
     * @return the vectors; a vector has no dimensions when no concept was named by two outlets
     * @throws IllegalArgumentException when the tables have no outlet
     */
    public static FramingVectors of(LabelTables tables) {
        List<String> outlets = tables.outlets();
        checkArgument(!outlets.isEmpty(), "no outlets to build framing vectors of");
        List<LabelTable> used = new ArrayList<>();
        for (LabelTable table : tables.tables()) {
            LabelTable named = table.withoutEmptyRowsAndColumns();
            if (named.outlets().size() >= MIN_OUTLETS) {
                used.add(named);
            }
        }
        List<String> dimensions = new ArrayList<>();
        for (LabelTable table : used) {
            table.labels().forEach(label -> dimensions.add(table.concept() + ": " + label));
        }
        double[][] vectors = new double[outlets.size()][dimensions.size()];
        int[] named = new int[outlets.size()];
        int offset = 0;
        for (LabelTable table : used) {
            int width = table.labels().size();
            double[] pooled = new double[width];
            for (int column = 0; column < width; column++) {
                pooled[column] = (double) table.columnTotal(column) / table.total();
            }
            for (int o = 0; o < outlets.size(); o++) {
                int row = table.outlets().indexOf(outlets.get(o));
                if (row >= 0) {
                    named[o]++;
                }
                for (int column = 0; column < width; column++) {
                    vectors[o][offset + column] = row < 0 ? pooled[column]
                            : (double) table.count(row, column) / table.rowTotal(row);
                }
            }
            offset += width;
        }
        return new FramingVectors(outlets, used.stream().map(LabelTable::concept).toList(), dimensions, vectors, named);
    }

    /**
     * Returns the outlets, in the order of the vectors.
     *
     * @return the outlets
     */
    public List<String> outlets() {
        return outlets;
    }

    /**
     * Returns the concepts whose label shares make up the vectors, in order.
     *
     * @return the concepts named by at least {@link #MIN_OUTLETS} outlets
     */
    public List<String> concepts() {
        return concepts;
    }

    /**
     * Returns the name of every dimension, {@code "concept: label"}.
     *
     * @return the dimensions
     */
    public List<String> dimensions() {
        return dimensions;
    }

    /**
     * Returns a copy of the vectors.
     *
     * @return one row per outlet, one column per dimension
     */
    public double[][] vectors() {
        double[][] copy = new double[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            copy[i] = vectors[i].clone();
        }
        return copy;
    }

    /**
     * Returns how many of the {@linkplain #concepts() concepts} an outlet named itself; the others
     * hold the pooled shares.
     *
     * @param outlet an outlet's index
     * @return the count
     */
    public int conceptsNamed(int outlet) {
        return conceptsNamed[outlet];
    }

    /**
     * Returns the Jensen-Shannon distances between the outlets: {@code sqrt(JSD(v_a / K, v_b / K))}
     * in bits, a metric in [0, 1].
     *
     * @return a symmetric matrix with zeros on the diagonal; all zeros when there are no concepts
     */
    public double[][] distances() {
        int n = outlets.size();
        double[][] distances = new double[n][n];
        if (concepts.isEmpty()) {
            return distances;
        }
        double[][] distributions = new double[n][];
        for (int i = 0; i < n; i++) {
            distributions[i] = vectors[i].clone();
            MathEx.scale(1.0 / concepts.size(), distributions[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double bits = MathEx.JensenShannonDivergence(distributions[i], distributions[j]) / Math.log(2);
                distances[i][j] = distances[j][i] = Math.sqrt(Math.max(0, Math.min(1, bits)));
            }
        }
        return distances;
    }
}
