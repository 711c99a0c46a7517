package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slant.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The grid search that chose {@link LoadedTermBiasRule.Settings#defaults()} on BABE's development
 * set. It runs only on request, prints the best settings by sentence macro-F1 with their
 * biased-word figures ("gated": the word F1 if words were kept only in sentences judged biased),
 * and checks that the defaults stay within {@value #TOLERANCE} of the best macro-F1 of the grid:
 * {@code mvn -q -o -pl eval -am verify -Dtest=BiasTuning -Dsurefire.failIfNoSpecifiedTests=false -Dslant.tune=true}.
 */
class BiasTuning {
    private static final Path BABE = DevData.root().resolve("babe").resolve("babe-dev.csv");

    private static final double TOLERANCE = 0.005;

    private record Scored(LoadedTermBiasRule.Settings settings, double macroF1, double accuracy, PrfCounts words,
            PrfCounts gated) {}

    @Test
    void searchesTheRuleSettingsOnTheDevelopmentSet() throws IOException {
        assumeTrue(Boolean.getBoolean("slant.tune"), "run with -Dslant.tune=true");
        assumeTrue(Files.isRegularFile(BABE), "BABE's development set is not here: " + BABE);
        Analyzer analyzer = Datasets.standardAnalyzer();
        List<BabeReader.Sentence> sentences = new ArrayList<>();
        List<BiasEvidence> evidence = new ArrayList<>();
        for (BabeReader.Sentence sentence : BabeReader.read(BABE)) {
            if (!sentence.label().equals("Biased") && !sentence.label().equals("Non-biased")) {
                continue;
            }
            sentences.add(sentence);
            evidence.add(BiasEvidence.of(analyzer.analyze(sentence.text()), analyzer.structure(sentence.text())));
        }
        List<Scored> results = new ArrayList<>();
        for (LoadedTermBiasRule.Settings settings : grid()) {
            results.add(score(sentences, evidence, settings));
        }
        results.sort(Comparator.comparingDouble(Scored::macroF1).reversed());
        Scored defaults = score(sentences, evidence, LoadedTermBiasRule.Settings.defaults());
        for (Scored s : results.subList(0, Math.min(25, results.size()))) {
            System.out.printf(Locale.ROOT, "macro-F1 %.3f accuracy %.3f words P %.3f R %.3f F1 %.3f gated %.3f  %s%n",
                    s.macroF1(), s.accuracy(), s.words().precision(), s.words().recall(), s.words().f1(),
                    s.gated().f1(), s.settings());
        }
        double bestMacroF1 = results.get(0).macroF1();
        results.sort(Comparator.comparingDouble((Scored s) -> s.words().f1()).reversed());
        Scored bestWords = results.get(0);
        System.out.printf(Locale.ROOT, "best words F1 %.3f (macro-F1 %.3f) with %s%n", bestWords.words().f1(),
                bestWords.macroF1(), bestWords.settings());
        System.out.printf(Locale.ROOT, "defaults: macro-F1 %.3f, words F1 %.3f%n", defaults.macroF1(),
                defaults.words().f1());
        assertTrue(defaults.macroF1() >= bestMacroF1 - TOLERANCE,
                "the defaults fall behind the grid's best macro-F1 " + bestMacroF1);
    }

    private static List<LoadedTermBiasRule.Settings> grid() {
        List<LoadedTermBiasRule.Settings> grid = new ArrayList<>();
        for (double blame : new double[] {0.3, 0.4, 0.5, 0.6}) {
            for (double praise : new double[] {0.5, 0.6, 0.7, 0.8, 2}) {
                for (boolean markers : new boolean[] {true, false}) {
                    for (double weight : new double[] {0, 0.5, 1}) {
                        for (boolean adverbWords : new boolean[] {true, false}) {
                            for (double threshold : new double[] {0.5, 1, 1.5, 2}) {
                                grid.add(new LoadedTermBiasRule.Settings(blame, praise, true, markers, weight, weight,
                                        adverbWords, weight, threshold));
                            }
                        }
                    }
                }
            }
        }
        return grid;
    }

    private static Scored score(List<BabeReader.Sentence> sentences, List<BiasEvidence> evidence,
            LoadedTermBiasRule.Settings settings) {
        ConfusionMatrix.Builder confusion = ConfusionMatrix.builder("babe",
                List.of(BabeDataset.BIASED, BabeDataset.NON_BIASED));
        PrfCounts words = PrfCounts.ZERO;
        PrfCounts gated = PrfCounts.ZERO;
        for (int i = 0; i < sentences.size(); i++) {
            BabeReader.Sentence sentence = sentences.get(i);
            BiasPredictor.Prediction prediction = LoadedTermBiasRule.decide(evidence.get(i), settings);
            confusion.add(sentence.label().equals("Biased") ? BabeDataset.BIASED : BabeDataset.NON_BIASED,
                    prediction.biased() ? BabeDataset.BIASED : BabeDataset.NON_BIASED);
            Set<String> gold = BiasedWords.goldWords(sentence.biasedWords());
            Set<String> predicted = BiasedWords.predictedWords(sentence.text(), prediction.loadedSpans());
            words = words.plus(BiasedWords.score(gold, predicted));
            gated = gated.plus(BiasedWords.score(gold, prediction.biased() ? predicted : Set.of()));
        }
        ConfusionMatrix matrix = confusion.build();
        return new Scored(settings, matrix.macroF1(), matrix.accuracy(), words, gated);
    }
}
