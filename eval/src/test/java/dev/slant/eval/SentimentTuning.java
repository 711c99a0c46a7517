package dev.slant.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.Lexicons;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.SentimentSettings;
import dev.slant.sentiment.ValenceBuffer;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The grid search that chose the target weights and thresholds of {@link SentimentSettings#defaults()}
 * on NewsMTSC's training set (never on the development sets the harness reports). It runs only on
 * request and prints the best settings:
 * {@code mvn -q -pl eval -am verify -Dtest=SentimentTuning -Dsurefire.failIfNoSpecifiedTests=false -Dslant.tune=true}.
 */
class SentimentTuning {
    private static final Path TRAIN = Path.of(System.getProperty("slant.seeds")).toAbsolutePath().getParent()
            .resolve("../shared/data/newsmtsc/train.jsonl").normalize();

    @Test
    void searchesTheTargetWeightsOnTheTrainingSet() throws IOException {
        assumeTrue(Boolean.getBoolean("slant.tune"), "run with -Dslant.tune=true");
        assumeTrue(Files.isRegularFile(TRAIN), "NewsMTSC's training set is not here: " + TRAIN);
        List<NewsMtscDataset.Target> train = NewsMtscDataset.read(TRAIN);
        Lexicon valence = Lexicon.compile(SentimentScorer.DEFAULT_PACKS.stream().map(Lexicons::load).toList());
        SentimentSettings best = SentimentSettings.defaults();
        double bestF1 = -1;
        for (SentimentSettings weights : weightGrid(SentimentSettings.defaults())) {
            double[] scores = scores(new SentimentScorer(valence, weights), train);
            for (double negative : new double[] {-0.05, -0.1, -0.15, -0.2, -0.3}) {
                for (double positive : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
                    SentimentSettings candidate = weights.withThresholds(negative, positive);
                    double f1 = macroF1(train, scores, candidate);
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = candidate;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "best train macro-F1 %.3f with %s%n", bestF1, best);
    }

    private static List<SentimentSettings> weightGrid(SentimentSettings d) {
        List<SentimentSettings> grid = new ArrayList<>();
        for (double alpha : new double[] {0.25, 0.5}) {
            for (double decay : new double[] {2, 4, 8}) {
                for (double other : new double[] {0.6, 0.8, 1}) {
                    for (double voice : new double[] {0.2, 0.5, 1}) {
                        for (double subject : new double[] {1, 1.5}) {
                            for (double possessive : new double[] {1, 1.5}) {
                                for (double against : new double[] {0, -0.3}) {
                                    grid.add(new SentimentSettings(d.negationScope(), d.negationFactor(),
                                            d.intensifierBoost(), d.dampenerCut(), d.capsBoost(), d.beforeContrast(),
                                            d.afterContrast(), alpha, d.textAlpha(), decay, other, voice, 0, subject,
                                            possessive, against, d.positiveThreshold(), d.negativeThreshold()));
                                }
                            }
                        }
                    }
                }
            }
        }
        return grid;
    }

    private static double[] scores(SentimentScorer scorer, List<NewsMtscDataset.Target> targets) {
        StructureScanner scanner = StructureScanner.standard();
        StructureBuffer structure = new StructureBuffer();
        ValenceBuffer valence = new ValenceBuffer();
        double[] scores = new double[targets.size()];
        for (int i = 0; i < scores.length; i++) {
            NewsMtscDataset.Target target = targets.get(i);
            scanner.scan(target.text(), structure, new Diagnostics(10));
            scorer.score(structure, valence);
            scores[i] = scorer.target(structure, valence, target.start(), target.end()).score();
        }
        return scores;
    }

    private static double macroF1(List<NewsMtscDataset.Target> targets, double[] scores, SentimentSettings settings) {
        ConfusionMatrix.Builder confusion = ConfusionMatrix.builder("train",
                List.of(Polarity.NEGATIVE.name(), Polarity.NEUTRAL.name(), Polarity.POSITIVE.name()));
        for (int i = 0; i < scores.length; i++) {
            confusion.add(targets.get(i).gold().name(), settings.labelOf(scores[i]).name());
        }
        return confusion.build().macroF1();
    }
}
