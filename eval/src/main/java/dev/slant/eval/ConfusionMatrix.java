package dev.slant.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts of (gold label, predicted label) pairs over a fixed list of labels, with the accuracy
 * and the per-class and macro-averaged F1 computed from them. Immutable; build one with
 * {@link #builder(String, List)}.
 */
public final class ConfusionMatrix {
    private final String name;
    private final List<String> labels;
    private final long[][] counts;

    private ConfusionMatrix(String name, List<String> labels, long[][] counts) {
        this.name = name;
        this.labels = labels;
        this.counts = counts;
    }

    /**
     * Starts counting pairs over the given labels.
     *
     * @param name what the matrix counts, such as {@code sentence}
     * @param labels the labels, in the order rows and columns are printed
     * @return a builder
     * @throws IllegalArgumentException if there are no labels or a label repeats
     */
    public static Builder builder(String name, List<String> labels) {
        return new Builder(name, labels);
    }

    /**
     * Returns what the matrix counts.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the labels in row and column order.
     *
     * @return the labels
     */
    public List<String> labels() {
        return labels;
    }

    /**
     * Returns how often an item of one gold label was predicted as another.
     *
     * @param gold the gold label
     * @param predicted the predicted label
     * @return the count
     * @throws IllegalArgumentException if a label is not one of {@link #labels()}
     */
    public long count(String gold, String predicted) {
        return counts[indexOf(labels, gold)][indexOf(labels, predicted)];
    }

    /**
     * Returns the number of items counted.
     *
     * @return the total
     */
    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long value : row) {
                total += value;
            }
        }
        return total;
    }

    /**
     * Returns the share of items whose predicted label is the gold label.
     *
     * @return the accuracy, 0 when nothing was counted
     */
    public double accuracy() {
        long total = total();
        long right = 0;
        for (int i = 0; i < counts.length; i++) {
            right += counts[i][i];
        }
        return total == 0 ? 0.0 : (double) right / total;
    }

    /**
     * Returns precision, recall and F1 of one label against all others.
     *
     * @param label the label
     * @return its counts
     * @throws IllegalArgumentException if the label is not one of {@link #labels()}
     */
    public PrfCounts counts(String label) {
        int k = indexOf(labels, label);
        long predicted = 0;
        long gold = 0;
        for (int i = 0; i < counts.length; i++) {
            predicted += counts[i][k];
            gold += counts[k][i];
        }
        return new PrfCounts(counts[k][k], predicted, gold);
    }

    /**
     * Returns the unweighted mean of every label's F1 (the F1m of NewsMTSC; BABE's macro-F1).
     *
     * @return the macro-averaged F1
     */
    public double macroF1() {
        double sum = 0;
        for (String label : labels) {
            sum += counts(label).f1();
        }
        return sum / labels.size();
    }

    /**
     * Prints the matrix with gold labels as rows and predicted labels as columns.
     *
     * @return a small table
     */
    public String toText() {
        int width = Math.max(9, 2 + labels.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder out = new StringBuilder(name).append(": gold (rows) by predicted (columns)\n");
        out.append(pad("", width));
        labels.forEach(label -> out.append(pad(label, width)));
        out.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            out.append(pad(labels.get(i), width));
            for (long value : counts[i]) {
                out.append(pad(Long.toString(value), width));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%" + width + "s", text);
    }

    private static int indexOf(List<String> labels, String label) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "'; labels: " + labels);
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that && name.equals(that.name) && labels.equals(that.labels)
                && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, labels, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Counts pairs; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<String> labels;
        private final long[][] counts;

        private Builder(String name, List<String> labels) {
            this.name = Objects.requireNonNull(name, "name");
            this.labels = List.copyOf(labels);
            if (this.labels.isEmpty() || this.labels.stream().distinct().count() != this.labels.size()) {
                throw new IllegalArgumentException("labels must be distinct and not empty: " + labels);
            }
            this.counts = new long[this.labels.size()][this.labels.size()];
        }

        /**
         * Counts one item.
         *
         * @param gold its gold label
         * @param predicted its predicted label
         * @return this builder
         * @throws IllegalArgumentException if a label is not one of the builder's labels
         */
        public Builder add(String gold, String predicted) {
            counts[indexOf(labels, gold)][indexOf(labels, predicted)]++;
            return this;
        }

        /**
         * Returns the matrix of the pairs counted so far.
         *
         * @return an immutable copy
         */
        public ConfusionMatrix build() {
            long[][] copy = new long[counts.length][];
            for (int i = 0; i < counts.length; i++) {
                copy[i] = counts[i].clone();
            }
            return new ConfusionMatrix(name, labels, copy);
        }
    }
}
