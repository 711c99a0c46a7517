package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.Lexicons;
import dev.slant.sentiment.SentimentLabel;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.SentimentSettings;
import dev.slant.sentiment.ValenceBuffer;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures target sentiment on NewsMTSC ({@code dev-mt}, {@code dev-rw}: macro-F1 over the three
 * classes and accuracy) and sentence valence on the NYT editorial sentences (Pearson r against
 * the human mean), beside a plain VADER-rules baseline: the VADER lexicon alone, VADER's rules and
 * normalisation, the sentence's own valence for every target and VADER's thresholds of ±0.05. The data is read from {@code ../shared/data} next to the
 * repository and never shipped; without it the test is skipped. Run it alone with
 * {@code mvn -q -o -pl core,lexicons -am verify -Dtest=SentimentMeasurementTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed. With
 * {@code -Dslant.tune=true} it first searches the target weights and thresholds on
 * {@code train.jsonl} and prints the best.
 */
class SentimentMeasurementTest {
    private static final Path ROOT = Path.of(System.getProperty("slant.seeds")).toAbsolutePath().getParent();
    private static final Path DATA = ROOT.resolve("../shared/data").normalize();

    /** One NewsMTSC example: a sentence, its primary target and the gold label. */
    record Example(String sentence, int from, int to, SentimentLabel gold) {}

    @Test
    void measuresNewsMtscAndNyt() {
        Path newsmtsc = DATA.resolve("newsmtsc");
        assumeTrue(Files.isDirectory(newsmtsc), "NewsMTSC is not here: " + newsmtsc);
        SentimentSettings settings = SentimentSettings.defaults();
        if (Boolean.getBoolean("slant.tune")) {
            settings = tune(read(newsmtsc.resolve("train.jsonl")));
            System.out.println("tuned: " + settings);
        }
        SentimentScorer scorer = SentimentScorer.bundled(settings);
        SentimentSettings d = SentimentSettings.defaults();
        SentimentScorer baseline = new SentimentScorer(Lexicon.compile(List.of(Lexicons.load("valence/vader"))),
                d.withThresholds(-0.05, 0.05));
        for (String set : List.of("dev-mt", "dev-rw")) {
            List<Example> examples = read(newsmtsc.resolve(set + ".jsonl"));
            double[] slant = measure(scorer, examples, false);
            double[] vader = measure(baseline, examples, true);
            System.out.printf(Locale.ROOT, "NewsMTSC %s (%d): Slant macro-F1 %.3f accuracy %.3f; "
                    + "VADER-rules baseline macro-F1 %.3f accuracy %.3f%n", set, examples.size(), slant[0], slant[1],
                    vader[0], vader[1]);
            assertTrue(slant[0] > 0.40, set + " macro-F1 " + slant[0]);
        }
        Path nyt = DATA.resolve("nyt-sentiment/nyt-dev.tsv");
        if (Files.isRegularFile(nyt)) {
            double r = pearson(scorer, nyt);
            System.out.printf(Locale.ROOT, "NYT editorial sentences: Slant Pearson r %.3f; VADER-rules baseline r %.3f%n",
                    r, pearson(baseline, nyt));
            assertTrue(r > 0.3, "NYT r " + r);
        }
    }

    private static SentimentSettings tune(List<Example> train) {
        Lexicon valence = Lexicon.compile(SentimentScorer.DEFAULT_PACKS.stream().map(Lexicons::load).toList());
        SentimentSettings d = SentimentSettings.defaults();
        List<SentimentSettings> weights = new ArrayList<>();
        for (double alpha : new double[] {0.25, 0.5}) {
            for (double decay : new double[] {2, 4, 8}) {
                for (double other : new double[] {0.6, 0.8, 1}) {
                    for (double voice : new double[] {0.2, 0.5, 1}) {
                        for (double subject : new double[] {1, 1.5}) {
                            for (double possessive : new double[] {1, 1.5}) {
                                for (double against : new double[] {0, -0.3}) {
                                    weights.add(new SentimentSettings(d.negationScope(), d.negationFactor(),
                                            d.intensifierBoost(), d.dampenerCut(), d.capsBoost(), d.beforeContrast(),
                                            d.afterContrast(), alpha, d.textAlpha(), decay, other, voice, 0, subject, possessive,
                                            against, d.positiveThreshold(), d.negativeThreshold()));
                                }
                            }
                        }
                    }
                }
            }
        }
        SentimentSettings best = d;
        double bestF1 = -1;
        for (SentimentSettings base : weights) {
            double[] scores = scores(new SentimentScorer(valence, base), train);
            for (double negative : new double[] {-0.05, -0.1, -0.15, -0.2, -0.3}) {
                for (double positive : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
                    SentimentSettings candidate = base.withThresholds(negative, positive);
                    double f1 = macroF1(train, scores, candidate)[0];
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = candidate;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "best train macro-F1 %.3f%n", bestF1);
        return best;
    }

    private static double[] measure(SentimentScorer scorer, List<Example> examples, boolean sentenceOnly) {
        double[] scores = sentenceOnly ? sentenceScores(scorer, examples) : scores(scorer, examples);
        return macroF1(examples, scores, scorer.settings());
    }

    private static double[] scores(SentimentScorer scorer, List<Example> examples) {
        double[] scores = new double[examples.size()];
        StructureBuffer structure = new StructureBuffer();
        ValenceBuffer valence = new ValenceBuffer();
        for (int i = 0; i < scores.length; i++) {
            Example example = examples.get(i);
            StructureScanner.standard().scan(example.sentence(), structure, new Diagnostics(1));
            scorer.score(structure, valence);
            scores[i] = scorer.target(structure, valence, example.from(), example.to()).score();
        }
        return scores;
    }

    private static double[] sentenceScores(SentimentScorer scorer, List<Example> examples) {
        return examples.stream().mapToDouble(e -> scorer.textScore(e.sentence())).toArray();
    }

    /** Macro-F1 over the three classes, and accuracy. */
    private static double[] macroF1(List<Example> examples, double[] scores, SentimentSettings settings) {
        int classes = SentimentLabel.values().length;
        int[][] confusion = new int[classes][classes];
        for (int i = 0; i < scores.length; i++) {
            confusion[examples.get(i).gold().ordinal()][settings.labelOf(scores[i]).ordinal()]++;
        }
        double f1 = 0;
        int correct = 0;
        for (int c = 0; c < classes; c++) {
            int predicted = 0;
            int actual = 0;
            for (int k = 0; k < classes; k++) {
                predicted += confusion[k][c];
                actual += confusion[c][k];
            }
            correct += confusion[c][c];
            double precision = predicted == 0 ? 0 : confusion[c][c] / (double) predicted;
            double recall = actual == 0 ? 0 : confusion[c][c] / (double) actual;
            f1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new double[] {f1 / classes, correct / (double) scores.length};
    }

    private static double pearson(SentimentScorer scorer, Path tsv) {
        List<double[]> pairs = new ArrayList<>();
        for (String line : lines(tsv)) {
            String[] fields = line.split("\t", 3);
            if (fields.length < 3) {
                continue;
            }
            pairs.add(new double[] {Double.parseDouble(fields[1]), scorer.textScore(fields[2])});
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static List<Example> read(Path jsonl) {
        List<Example> examples = new ArrayList<>();
        JsonFactory factory = new JsonFactory();
        for (String line : lines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser json = factory.createParser(line)) {
                examples.add(example(json));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return examples;
    }

    /** Reads the sentence and the first target of one NewsMTSC line. */
    private static Example example(JsonParser json) throws IOException {
        String sentence = null;
        int from = -1;
        int to = -1;
        double polarity = Double.NaN;
        json.nextToken();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("sentence_normalized")) {
                sentence = json.getText();
            } else if (field.equals("targets") && json.currentToken() == JsonToken.START_ARRAY) {
                json.nextToken();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String key = json.currentName();
                    json.nextToken();
                    switch (key) {
                        case "from" -> from = json.getIntValue();
                        case "to" -> to = json.getIntValue();
                        case "polarity" -> polarity = json.getDoubleValue();
                        default -> json.skipChildren();
                    }
                }
                json.skipChildren(); // the other targets of the array
                while (json.currentToken() != JsonToken.END_ARRAY) {
                    json.nextToken();
                    json.skipChildren();
                }
            } else {
                json.skipChildren();
            }
        }
        SentimentLabel gold = polarity < 3 ? SentimentLabel.NEGATIVE
                : polarity > 5 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        return new Example(sentence, from, to, gold);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
