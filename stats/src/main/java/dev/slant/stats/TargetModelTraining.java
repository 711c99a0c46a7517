package dev.slant.stats;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.eval.Datasets;
import dev.slant.eval.Evaluation;
import dev.slant.eval.EvaluationTable;
import dev.slant.eval.NewsMtscDataset;
import dev.slant.eval.PredictionSink;
import dev.slant.eval.SlantSentiment;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.TargetFeatures;
import dev.slant.sentiment.TargetModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import smile.classification.LogisticRegression;

/**
 * Trains the model of the sentiment toward a target that {@code core} applies
 * ({@link TargetModel}): Smile's multinomial logistic regression over the
 * {@link TargetFeatures} of NewsMTSC's training targets, standardised, with a small L2 penalty;
 * the class shares of the training set are divided out, so that the rarer classes are not
 * drowned (macro-F1 weighs the three classes alike). It writes the model as a plain file and
 * prints the harness's figures on the development sets, the rules' and the model's:
 *
 * <pre>
 * mvn -q -pl stats -am package -DskipTests
 * java -cp "stats/target/classes:$(cat stats/target/classpath.txt)" dev.slant.stats.TargetModelTraining \
 *     ../shared/data/newsmtsc --out lexicons/src/main/resources/dev/slant/lexicons/models/target-sentiment.tsv
 * </pre>
 *
 * <p>Nothing is tuned on the development sets. Exit status: 0 when the model was written; 2 on
 * bad usage or unreadable data.
 */
public final class TargetModelTraining {
    /** The L2 penalty of the regression. */
    public static final double LAMBDA = 0.01;

    private static final String USAGE = String.join("\n",
            "Usage: TargetModelTraining NEWSMTSC [--out FILE]",
            "  NEWSMTSC    the NewsMTSC folder: train.jsonl, and the development .jsonl files",
            "  --out FILE  where to write the model (default: target-sentiment.tsv)");

    private TargetModelTraining() {}

    /**
     * Runs the training and exits with its status.
     *
     * @param args the arguments, as in the usage above
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the training.
     *
     * @param args the arguments
     * @param out where the figures go
     * @param err where problems go
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--out"))) {
            err.println(USAGE);
            return 2;
        }
        Path data = Path.of(args[0]);
        Path file = Path.of(args.length == 3 ? args[2] : "target-sentiment.tsv");
        try {
            Analyzer rules = Datasets.standardAnalyzer();
            List<NewsMtscDataset.Target> train = NewsMtscDataset.read(data.resolve("train.jsonl"));
            double[][] features = new double[train.size()][];
            int[] gold = new int[train.size()];
            SentimentScorer scorer = rules.actors().scorer();
            for (int i = 0; i < train.size(); i++) {
                NewsMtscDataset.Target target = train.get(i);
                features[i] = TargetFeatures.of(scorer, target.text(), target.start(), target.end());
                gold[i] = target.gold().ordinal();
            }
            TargetModel model = train(features, gold, file.getFileName().toString());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, model.format(List.of(
                    "The sentiment toward a target: a multinomial logistic regression over Slant's target features,",
                    "trained by dev.slant.stats.TargetModelTraining (Smile, L2 penalty " + LAMBDA + ", class shares divided out)",
                    "on the " + train.size() + " targets of NewsMTSC's training set (Hamborg and Donnay, EACL 2021).",
                    "Applied by dev.slant.sentiment.TargetModel; see docs/sentiment.md.")), StandardCharsets.UTF_8);
            Analyzer learned = Slant.analyzer().lexicon(Datasets.LOADED_WORDS).targetModel(model).build();
            List<Evaluation> figures = List.of(
                    new NewsMtscDataset(new SlantSentiment(rules)).evaluate(data, PredictionSink.none()),
                    new NewsMtscDataset(new SlantSentiment(learned)).evaluate(data, PredictionSink.none()));
            out.println("Trained on " + train.size() + " targets; wrote " + file);
            out.println();
            out.println("The rules, then the model, on the development sets:");
            out.print(EvaluationTable.format(figures));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("TargetModelTraining: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Trains a model on features and gold classes (0 negative, 1 neutral, 2 positive).
     *
     * @param features one row of {@link TargetFeatures} per target
     * @param gold each target's class
     * @param source the model's name, for messages
     * @return the model, with the class shares divided out
     */
    public static TargetModel train(double[][] features, int[] gold, String source) {
        int n = TargetFeatures.NAMES.size();
        double[] mean = new double[n];
        double[] deviation = new double[n];
        for (double[] row : features) {
            for (int f = 0; f < n; f++) {
                mean[f] += row[f] / features.length;
            }
        }
        for (double[] row : features) {
            for (int f = 0; f < n; f++) {
                deviation[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / features.length;
            }
        }
        for (int f = 0; f < n; f++) {
            deviation[f] = deviation[f] > 0 ? Math.sqrt(deviation[f]) : 1;
        }
        double[][] standardised = new double[features.length][n];
        for (int i = 0; i < features.length; i++) {
            for (int f = 0; f < n; f++) {
                standardised[i][f] = (features[i][f] - mean[f]) / deviation[f];
            }
        }
        double[] share = new double[3];
        for (int g : gold) {
            share[g] += 1.0 / gold.length;
        }
        LogisticRegression.Multinomial fitted = LogisticRegression.multinomial(standardised, gold, LAMBDA, 1e-6, 1000);
        double[][] weights = fitted.coefficients(); // negative and neutral; positive, the last class, is at 0
        for (int c = 0; c < 2; c++) {
            weights[c][n] -= Math.log(share[c] / share[2]); // divides each class's probability by its share
        }
        return TargetModel.of(source, mean, deviation, weights[0], weights[1]);
    }
}
