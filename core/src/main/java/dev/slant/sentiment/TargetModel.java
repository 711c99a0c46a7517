package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.internal.TextLines;
import dev.slant.lexicon.LexiconException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A multinomial logistic regression of the sentiment toward a target over its
 * {@link TargetFeatures}, applied with plain arithmetic: the model is trained elsewhere (the
 * optional statistics module trains it with Smile) and read here from a plain tab-separated file,
 * so that applying it needs no library. Immutable and thread-safe.
 *
 * <p>The file, after {@code #} comment lines: a header {@code feature, mean, deviation, negative,
 * neutral}, one row per feature of {@link TargetFeatures#NAMES} in that order (the training set's
 * mean and standard deviation, which standardise the feature, and its weight for each of the two
 * classes), and a last row {@code bias} with an empty mean and deviation. {@code positive} is the
 * reference class, whose weights are 0. See docs/sentiment.md.
 */
public final class TargetModel {
    private static final String[] HEADER = {"feature", "mean", "deviation", "negative", "neutral"};
    /** Where the bundled model lies on the class path, when the lexicons module is there. */
    public static final String BUNDLED = "dev/slant/lexicons/models/target-sentiment.tsv";

    private final String source;
    private final double[] mean;
    private final double[] deviation;
    /** Weights of the negative and neutral classes: one row per feature, then the bias. */
    private final double[][] weights;

    private TargetModel(String source, double[] mean, double[] deviation, double[][] weights) {
        this.source = source;
        this.mean = mean;
        this.deviation = deviation;
        this.weights = weights;
    }

    /**
     * Creates a model from its numbers.
     *
     * @param source where it comes from, for messages
     * @param mean each feature's mean on the training set
     * @param deviation each feature's standard deviation there, above 0
     * @param negative the negative class's weight of each standardised feature, then its bias
     * @param neutral the same for the neutral class
     * @return the model
     * @throws IllegalArgumentException if the arrays do not fit {@link TargetFeatures#NAMES}
     */
    public static TargetModel of(String source, double[] mean, double[] deviation, double[] negative,
            double[] neutral) {
        int n = TargetFeatures.NAMES.size();
        checkArgument(mean.length == n && deviation.length == n && negative.length == n + 1
                && neutral.length == n + 1, "expected %s features and a bias", n);
        for (double d : deviation) {
            checkArgument(d > 0, "every deviation must be above 0");
        }
        return new TargetModel(checkNotNull(source, "source"), mean.clone(), deviation.clone(),
                new double[][] {negative.clone(), neutral.clone()});
    }

    /**
     * Reads a model file.
     *
     * @param file the file
     * @return the model
     * @throws LexiconException with the line and column of the first problem
     * @throws UncheckedIOException if it cannot be read
     */
    public static TargetModel read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the target model " + file, e);
        }
    }

    /**
     * Returns the model the lexicons module ships, trained on NewsMTSC's training set, when it is
     * on the class path.
     *
     * @return the bundled model, or empty
     * @throws LexiconException if the bundled file is malformed
     */
    public static Optional<TargetModel> bundled() {
        try (InputStream in = TargetModel.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            return in == null ? Optional.empty()
                    : Optional.of(parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled target model", e);
        }
    }

    /**
     * Parses a model file's content.
     *
     * @param source where it comes from, for messages
     * @param content the file's text
     * @return the model
     * @throws LexiconException with the line and column of the first problem
     */
    public static TargetModel parse(String source, String content) {
        List<String> names = TargetFeatures.NAMES;
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> lines = TextLines.of(content);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
                lineNumbers.add(i + 1);
            }
        }
        int expectedRows = names.size() + 2;
        if (rows.size() != expectedRows) {
            throw new LexiconException(source, lines.size(), 1, "expected a header, " + names.size()
                    + " feature rows and a bias row, found " + rows.size() + " rows");
        }
        for (int c = 0; c < HEADER.length; c++) {
            if (rows.get(0).length != HEADER.length || !rows.get(0)[c].equals(HEADER[c])) {
                throw new LexiconException(source, lineNumbers.get(0), 1,
                        "expected the header " + String.join("<TAB>", HEADER));
            }
        }
        double[] mean = new double[names.size()];
        double[] deviation = new double[names.size()];
        double[][] weights = new double[2][names.size() + 1];
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int line = lineNumbers.get(r);
            boolean bias = r == rows.size() - 1;
            String expected = bias ? "bias" : names.get(r - 1);
            if (row.length != HEADER.length || !row[0].equals(expected)) {
                throw new LexiconException(source, line, 1, "expected the row '" + expected + "' with "
                        + HEADER.length + " tab-separated fields");
            }
            if (!bias) {
                mean[r - 1] = number(source, line, row, 1);
                deviation[r - 1] = number(source, line, row, 2);
                if (!(deviation[r - 1] > 0)) {
                    throw new LexiconException(source, line, column(row, 2), "expected a deviation above 0");
                }
            } else if (!row[1].isEmpty() || !row[2].isEmpty()) {
                throw new LexiconException(source, line, column(row, 1), "expected no mean or deviation for the bias");
            }
            weights[0][r - 1] = number(source, line, row, 3);
            weights[1][r - 1] = number(source, line, row, 4);
        }
        return new TargetModel(source, mean, deviation, weights);
    }

    private static double number(String source, int line, String[] row, int field) {
        try {
            double value = Double.parseDouble(row[field]);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the column
        }
        throw new LexiconException(source, line, column(row, field),
                "expected a finite number for " + HEADER[field] + ", found '" + row[field] + "'");
    }

    /** The 1-based column where field {@code field} starts. */
    private static int column(String[] row, int field) {
        int column = 1;
        for (int f = 0; f < field; f++) {
            column += row[f].length() + 1;
        }
        return column;
    }

    /**
     * Returns the probabilities of the three classes.
     *
     * @param features the target's features, aligned with {@link TargetFeatures#NAMES}
     * @return negative, neutral and positive, summing to 1
     */
    public double[] probabilities(double[] features) {
        checkArgument(features.length == mean.length, "expected %s features", mean.length);
        double[] logits = new double[3]; // the positive class is the reference, at 0
        for (int c = 0; c < 2; c++) {
            double logit = weights[c][mean.length];
            for (int f = 0; f < mean.length; f++) {
                logit += weights[c][f] * (features[f] - mean[f]) / deviation[f];
            }
            logits[c] = logit;
        }
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double total = 0;
        for (int c = 0; c < 3; c++) {
            logits[c] = Math.exp(logits[c] - max);
            total += logits[c];
        }
        for (int c = 0; c < 3; c++) {
            logits[c] /= total;
        }
        return logits;
    }

    /**
     * Relabels a target the rules scored: the label is the most probable class, the score the
     * probability of positive less that of negative; the evidence stays the rules'.
     *
     * @param rules the rules' result; an invalid target is returned as it is
     * @param features its features
     * @return the model's result
     */
    public TargetSentiment apply(TargetSentiment rules, double[] features) {
        if (rules.problem().isPresent()) {
            return rules;
        }
        double[] p = probabilities(features);
        int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
        return new TargetSentiment(rules.target(), SentimentLabel.values()[best], p[2] - p[0], rules.evidence(),
                rules.problem());
    }

    /**
     * Writes the model in the format {@link #parse} reads.
     *
     * @param comment lines to put first, each written after {@code # }
     * @return the file's text
     */
    public String format(List<String> comment) {
        StringBuilder out = new StringBuilder();
        comment.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(String.join("\t", HEADER)).append('\n');
        for (int f = 0; f < mean.length; f++) {
            out.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\n", TargetFeatures.NAMES.get(f),
                    mean[f], deviation[f], weights[0][f], weights[1][f]));
        }
        out.append(String.format(Locale.ROOT, "bias\t\t\t%s\t%s\n", weights[0][mean.length], weights[1][mean.length]));
        return out.toString();
    }

    @Override
    public String toString() {
        return "TargetModel[" + source + "]";
    }
}
