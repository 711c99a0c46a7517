package dev.slant.stats;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One concept's contingency table in one voice: how often each outlet used each label. Rows are
 * outlets, columns labels. Immutable.
 *
 * @param concept the concept id
 * @param voice the voice the labels were counted in
 * @param outlets the rows
 * @param labels the columns
 * @param counts {@code counts[row][column]}, non-negative
 */
public record LabelTable(String concept, VoiceKind voice, List<String> outlets, List<String> labels, int[][] counts) {

    /** Validates the shape and copies the fields. */
    public LabelTable {
        checkNotNull(concept, "concept");
        checkNotNull(voice, "voice");
        outlets = List.copyOf(outlets);
        labels = List.copyOf(labels);
        checkArgument(counts.length == outlets.size(), "expected %d rows of counts, found %d", outlets.size(),
                counts.length);
        int[][] copy = new int[counts.length][];
        for (int row = 0; row < counts.length; row++) {
            checkArgument(counts[row].length == labels.size(), "expected %d counts in row %d", labels.size(), row);
            for (int count : counts[row]) {
                checkArgument(count >= 0, "counts must not be negative: %d", count);
            }
            copy[row] = counts[row].clone();
        }
        counts = copy;
    }

    /**
     * Returns the table of one concept's distribution in one voice, as a comparison holds it.
     *
     * @param concept the concept id
     * @param distribution the outlets' labels for it in one voice
     * @return the table, one row per outlet of the distribution
     */
    public static LabelTable of(String concept, LabelDistribution distribution) {
        List<String> outlets = new ArrayList<>();
        int[][] counts = new int[distribution.outlets().size()][];
        int row = 0;
        for (OutletLabels labels : distribution.outlets()) {
            outlets.add(labels.outlet());
            counts[row++] = labels.counts().stream().mapToInt(Integer::intValue).toArray();
        }
        return new LabelTable(concept, distribution.voice(), outlets, distribution.labels(), counts);
    }

    /**
     * Returns one cell.
     *
     * @param row an outlet's index
     * @param column a label's index
     * @return the count
     */
    public int count(int row, int column) {
        return counts[row][column];
    }

    /**
     * Returns a copy of the counts.
     *
     * @return {@code counts[row][column]}
     */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int row = 0; row < counts.length; row++) {
            copy[row] = counts[row].clone();
        }
        return copy;
    }

    /**
     * Returns one outlet's total over the labels.
     *
     * @param row an outlet's index
     * @return the row's sum
     */
    public int rowTotal(int row) {
        int total = 0;
        for (int count : counts[row]) {
            total += count;
        }
        return total;
    }

    /**
     * Returns one label's total over the outlets.
     *
     * @param column a label's index
     * @return the column's sum
     */
    public int columnTotal(int column) {
        int total = 0;
        for (int[] row : counts) {
            total += row[column];
        }
        return total;
    }

    /**
     * Returns the sum of all cells.
     *
     * @return the table's total
     */
    public int total() {
        int total = 0;
        for (int row = 0; row < counts.length; row++) {
            total += rowTotal(row);
        }
        return total;
    }

    /**
     * Returns this table without the outlets and labels whose counts are all zero.
     *
     * @return the reduced table, or this one when nothing is empty
     */
    public LabelTable withoutEmptyRowsAndColumns() {
        List<Integer> rows = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int row = 0; row < outlets.size(); row++) {
            if (rowTotal(row) > 0) {
                rows.add(row);
            }
        }
        for (int column = 0; column < labels.size(); column++) {
            if (columnTotal(column) > 0) {
                columns.add(column);
            }
        }
        if (rows.size() == outlets.size() && columns.size() == labels.size()) {
            return this;
        }
        int[][] reduced = new int[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                reduced[r][c] = counts[rows.get(r)][columns.get(c)];
            }
        }
        return new LabelTable(concept, voice, rows.stream().map(outlets::get).toList(),
                columns.stream().map(labels::get).toList(), reduced);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelTable that && concept.equals(that.concept) && voice == that.voice
                && outlets.equals(that.outlets) && labels.equals(that.labels)
                && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(concept, voice, outlets, labels) * 31 + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "LabelTable[" + concept + ", " + voice.id() + ", " + outlets + " x " + labels + "]";
    }
}
