package dev.slant.compare;

import java.util.List;

/**
 * The pairwise Jensen-Shannon divergences (bits, in [0, 1]) between outlets' label distributions.
 * Symmetric, with zeros on the diagonal. Immutable.
 */
public final class DivergenceMatrix {
    private final List<String> outlets;
    private final double[][] values;

    DivergenceMatrix(List<String> outlets, double[][] values) {
        this.outlets = List.copyOf(outlets);
        this.values = values;
    }

    /**
     * Returns the outlets, in the order of the rows and columns.
     *
     * @return the outlets
     */
    public List<String> outlets() {
        return outlets;
    }

    /**
     * Returns the divergence between outlets {@code i} and {@code j}.
     *
     * @param i a row
     * @param j a column
     * @return the divergence
     */
    public double get(int i, int j) {
        return values[i][j];
    }

    /**
     * Returns the divergence between two outlets by name.
     *
     * @param a an outlet
     * @param b another outlet
     * @return the divergence
     * @throws IllegalArgumentException when either outlet is not in the matrix
     */
    public double get(String a, String b) {
        int i = outlets.indexOf(a);
        int j = outlets.indexOf(b);
        dev.slant.internal.Checks.checkArgument(i >= 0 && j >= 0, "no such outlet in the matrix: %s", i < 0 ? a : b);
        return values[i][j];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DivergenceMatrix that && outlets.equals(that.outlets)
                && java.util.Arrays.deepEquals(values, that.values);
    }

    @Override
    public int hashCode() {
        return outlets.hashCode() * 31 + java.util.Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "DivergenceMatrix" + outlets;
    }
}
