package dev.slant.stats;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import smile.stat.hypothesis.ChiSqTest;

/**
 * Pearson's chi-square test of independence of each concept's outlet-by-label table: could the
 * outlets have drawn their labels from one common distribution? Smile's {@link ChiSqTest} gives
 * the statistic, its degrees of freedom {@code (r - 1)(c - 1)}, the asymptotic p-value and
 * Cramér's V, with Yates' continuity correction on 2 x 2 tables.
 *
 * <p>The asymptotic p-value is trustworthy only when the expected counts are large enough: the
 * usual rule (Cochran 1954) asks that none be below 1 and at most a fifth below 5. Label tables of
 * a few articles rarely meet it, so each result says how many cells fall short, and carries a
 * Monte Carlo permutation p-value that needs no such rule: the labels are shuffled among the
 * outlets' terms, which keeps every outlet's total and every label's total, and the p-value is
 * the share of shuffles whose statistic is at least the observed one, {@code (b + 1) / (B + 1)}
 * (Hope 1968). The shuffles are seeded, so the result is the same on every run. Immutable.
 */
public final class LabelIndependence {
    /** The shuffles of the permutation test, unless told otherwise. */
    public static final int DEFAULT_PERMUTATIONS = 9999;
    /** The seed of the shuffles, unless told otherwise. */
    public static final long DEFAULT_SEED = 20190827L;

    private final int permutations;
    private final long seed;

    /**
     * Creates a test with {@link #DEFAULT_PERMUTATIONS} shuffles and {@link #DEFAULT_SEED}.
     */
    public LabelIndependence() {
        this(DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }

    /**
     * Creates a test.
     *
     * @param permutations how many shuffles the permutation p-value draws; 0 for none
     * @param seed the seed of the shuffles
     * @throws IllegalArgumentException when {@code permutations} is negative
     */
    public LabelIndependence(int permutations, long seed) {
        checkArgument(permutations >= 0, "permutations must not be negative: %d", permutations);
        this.permutations = permutations;
        this.seed = seed;
    }

    /**
     * The test of one table.
     *
     * @param table the table tested: the concept's table without empty rows and columns
     * @param chiSquare Pearson's statistic
     * @param degreesOfFreedom {@code (rows - 1)(columns - 1)}
     * @param pValue the asymptotic p-value from the chi-square distribution
     * @param cramersV Cramér's V, the strength of the association in [0, 1]
     * @param permutationPValue the Monte Carlo permutation p-value; empty when no shuffles were drawn
     * @param minExpected the smallest expected count
     * @param cellsBelowFive how many cells expect fewer than 5
     */
    public record Result(LabelTable table, double chiSquare, double degreesOfFreedom, double pValue, double cramersV,
            Optional<Double> permutationPValue, double minExpected, int cellsBelowFive) {

        /** Validates the fields. */
        public Result {
            checkNotNull(table, "table");
            checkNotNull(permutationPValue, "permutationPValue");
        }

        /**
         * Returns the table's concept.
         *
         * @return the concept id
         */
        public String concept() {
            return table.concept();
        }

        /**
         * Returns the number of cells.
         *
         * @return rows times columns
         */
        public int cells() {
            return table.outlets().size() * table.labels().size();
        }

        /**
         * Tells whether the expected counts are too small for the asymptotic p-value (Cochran's
         * rule: an expected count below 1, or more than a fifth of the cells below 5).
         *
         * @return whether to prefer the permutation p-value
         */
        public boolean smallSample() {
            return minExpected < 1 || cellsBelowFive * 5 > cells();
        }

        /**
         * Returns the warning to print beside the result, if any.
         *
         * @return "12 of 15 cells expect fewer than 5 terms (min 0.4)", or empty
         */
        public Optional<String> warning() {
            if (!smallSample()) {
                return Optional.empty();
            }
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "%d of %d cells expect fewer than 5 terms (min %.2f): the chi-square p-value is unreliable",
                    cellsBelowFive, cells(), minExpected));
        }
    }

    /**
     * Tests every table that has at least two outlets and two labels once empty rows and columns
     * are left out; the others cannot show a difference between outlets and are skipped.
     *
     * @param tables the label tables of a comparison in one voice
     * @return one result per testable table, in the tables' order
     */
    public List<Result> test(LabelTables tables) {
        List<Result> results = new ArrayList<>();
        for (LabelTable table : tables.tables()) {
            test(table).ifPresent(results::add);
        }
        return results;
    }

    /**
     * Tests one table.
     *
     * @param table an outlet-by-label table
     * @return the result, or empty when fewer than two outlets or two labels have terms
     */
    public Optional<Result> test(LabelTable table) {
        LabelTable tested = table.withoutEmptyRowsAndColumns();
        int rows = tested.outlets().size();
        int columns = tested.labels().size();
        if (rows < 2 || columns < 2) {
            return Optional.empty();
        }
        int[][] counts = tested.counts();
        ChiSqTest test = ChiSqTest.test(counts);
        double total = tested.total();
        double minExpected = Double.POSITIVE_INFINITY;
        int belowFive = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double expected = tested.rowTotal(r) * (double) tested.columnTotal(c) / total;
                minExpected = Math.min(minExpected, expected);
                if (expected < 5) {
                    belowFive++;
                }
            }
        }
        Optional<Double> permuted = permutations == 0 ? Optional.empty()
                : Optional.of(permutationPValue(tested, test.chisq));
        return Optional.of(new Result(tested, test.chisq, test.df, test.pvalue, test.CramerV, permuted,
                minExpected, belowFive));
    }

    /** The share of label shuffles whose statistic reaches the observed one, counting the observed table. */
    private double permutationPValue(LabelTable table, double observed) {
        int rows = table.outlets().size();
        int columns = table.labels().size();
        int[] outletOf = new int[table.total()];
        int[] labelOf = new int[outletOf.length];
        int term = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                for (int k = 0; k < table.count(r, c); k++) {
                    outletOf[term] = r;
                    labelOf[term++] = c;
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] shuffled = new int[rows][columns];
        int reached = 0;
        double tolerance = 1e-9 * Math.max(1, observed);
        for (int p = 0; p < permutations; p++) {
            for (int i = labelOf.length - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int swap = labelOf[i];
                labelOf[i] = labelOf[j];
                labelOf[j] = swap;
            }
            for (int[] row : shuffled) {
                java.util.Arrays.fill(row, 0);
            }
            for (int i = 0; i < labelOf.length; i++) {
                shuffled[outletOf[i]][labelOf[i]]++;
            }
            if (ChiSqTest.test(shuffled).chisq >= observed - tolerance) {
                reached++;
            }
        }
        return (reached + 1.0) / (permutations + 1.0);
    }
}
