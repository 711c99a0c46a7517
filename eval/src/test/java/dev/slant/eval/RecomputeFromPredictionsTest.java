package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.Analyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recomputes every figure from the predictions file alone, with code of its own (no class of the
 * harness computes anything here), and checks that the harness reported the same numbers: on the
 * small fixtures always, and on the development sets where they are present.
 */
class RecomputeFromPredictionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Analyzer ANALYZER = Datasets.standardAnalyzer();

    @TempDir
    Path dir;

    @Test
    void babeFiguresFollowFromThePredictions() throws IOException {
        checkBabe(Fixtures.babe(dir));
    }

    @Test
    void polnearFiguresFollowFromThePredictions() throws IOException {
        checkPolnear(Fixtures.polnear(dir));
    }

    @Test
    void newsMtscFiguresFollowFromThePredictions() throws IOException {
        checkNewsMtsc(Fixtures.newsMtsc(dir));
    }

    @Test
    void nytFiguresFollowFromThePredictions() throws IOException {
        checkNyt(Fixtures.nyt(dir));
    }

    @Test
    void genericFiguresFollowFromThePredictions() throws IOException {
        checkGeneric(Fixtures.generic(dir));
    }

    @Test
    void developmentSetFiguresFollowFromThePredictions() throws IOException {
        Path data = DevData.root();
        assumeTrue(Files.isDirectory(data), "no development data at " + data);
        checkBabe(data.resolve("babe/babe-dev.csv"));
        checkPolnear(data.resolve("polnear/dev"));
        checkNewsMtsc(data.resolve("newsmtsc"));
        checkNyt(data.resolve("nyt-sentiment/nyt-dev.tsv"));
    }

    private void checkBabe(Path data) throws IOException {
        Run run = run("babe", data);
        Map<String, int[]> perClass = new HashMap<>(); // label -> {tp, predicted, gold}
        int right = 0;
        long wordsMatched = 0;
        long wordsPredicted = 0;
        long wordsGold = 0;
        for (JsonNode line : run.lines()) {
            String gold = line.get("gold").asText();
            String predicted = line.get("predicted").asText();
            perClass.computeIfAbsent(gold, k -> new int[3])[2]++;
            perClass.computeIfAbsent(predicted, k -> new int[3])[1]++;
            if (gold.equals(predicted)) {
                perClass.get(gold)[0]++;
                right++;
            }
            Set<String> goldWords = texts(line.get("goldWords"));
            Set<String> predictedWords = texts(line.get("predictedWords"));
            wordsGold += goldWords.size();
            wordsPredicted += predictedWords.size();
            wordsMatched += predictedWords.stream().filter(goldWords::contains).count();
        }
        double f1Biased = f1(perClass.getOrDefault("biased", new int[3]));
        double f1NonBiased = f1(perClass.getOrDefault("non-biased", new int[3]));
        Evaluation e = run.evaluation();
        assertEquals((f1Biased + f1NonBiased) / 2, e.value("sentence.macro_f1"), 1e-12);
        assertEquals((double) right / run.lines().size(), e.value("sentence.accuracy"), 1e-12);
        assertEquals(f1Biased, e.value("sentence.biased_f1"), 1e-12);
        assertEquals(ratio(wordsMatched, wordsPredicted), e.value("words.precision"), 1e-12);
        assertEquals(ratio(wordsMatched, wordsGold), e.value("words.recall"), 1e-12);
        assertEquals(ratio(2 * wordsMatched, wordsPredicted + wordsGold), e.value("words.f1"), 1e-12);
    }

    private void checkPolnear(Path data) throws IOException {
        Run run = run("polnear", data);
        Map<String, long[]> counts = new HashMap<>(); // role.rule -> {matched, predicted, gold}
        long predicted = 0;
        long unknown = 0;
        for (JsonNode line : run.lines()) {
            for (String role : List.of("cue", "source", "content")) {
                List<int[]> gold = roleSpans(line.get("gold"), role);
                List<int[]> found = roleSpans(line.get("predicted"), role);
                for (String rule : List.of("exact", "overlap")) {
                    long[] c = counts.computeIfAbsent(role + "." + rule, k -> new long[3]);
                    c[0] += matches(gold, found, rule.equals("exact"));
                    c[1] += found.size();
                    c[2] += gold.size();
                }
            }
            for (JsonNode attribution : line.get("predicted")) {
                predicted++;
                if (!attribution.get("speakerKnown").asBoolean()) {
                    unknown++;
                }
            }
        }
        Evaluation e = run.evaluation();
        counts.forEach((key, c) -> {
            assertEquals(ratio(c[0], c[1]), e.value(key + ".precision"), 1e-12, key);
            assertEquals(ratio(c[0], c[2]), e.value(key + ".recall"), 1e-12, key);
            assertEquals(ratio(2 * c[0], c[1] + c[2]), e.value(key + ".f1"), 1e-12, key);
        });
        assertEquals(ratio(unknown, predicted), e.value("unknown_speaker_share"), 1e-12);
    }

    private void checkNewsMtsc(Path data) throws IOException {
        Run run = run("newsmtsc", data);
        Map<String, List<JsonNode>> bySet = new HashMap<>();
        run.lines().forEach(line -> bySet.computeIfAbsent(line.get("set").asText(), k -> new ArrayList<>()).add(line));
        assertFalse(bySet.containsKey("train"));
        for (Map.Entry<String, List<JsonNode>> set : bySet.entrySet()) {
            double f1Sum = 0;
            for (String label : List.of("negative", "neutral", "positive")) {
                int[] c = new int[3];
                for (JsonNode line : set.getValue()) {
                    boolean gold = line.get("gold").asText().equals(label);
                    boolean predicted = line.get("predicted").asText().equals(label);
                    c[0] += gold && predicted ? 1 : 0;
                    c[1] += predicted ? 1 : 0;
                    c[2] += gold ? 1 : 0;
                }
                f1Sum += f1(c);
            }
            long right = set.getValue().stream().filter(l -> l.get("gold").equals(l.get("predicted"))).count();
            assertEquals(f1Sum / 3, run.evaluation().value(set.getKey() + ".macro_f1"), 1e-12);
            assertEquals(ratio(right, set.getValue().size()), run.evaluation().value(set.getKey() + ".accuracy"), 1e-12);
        }
    }

    private void checkNyt(Path data) throws IOException {
        Run run = run("nyt", data);
        int n = run.lines().size();
        double[] gold = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            gold[i] = run.lines().get(i).get("gold").asDouble();
            predicted[i] = run.lines().get(i).get("predicted").asDouble();
        }
        assertEquals(pearson(gold, predicted), run.evaluation().value("pearson_r"), 1e-9);
        assertEquals(pearson(ranksByCounting(gold), ranksByCounting(predicted)),
                run.evaluation().value("spearman_rho"), 1e-9);
    }

    private void checkGeneric(Path data) throws IOException {
        Run run = run("generic", data);
        Map<String, long[]> counts = new HashMap<>();
        for (JsonNode line : run.lines()) {
            for (String rule : List.of("exact", "overlap")) {
                long[] span = counts.computeIfAbsent("span." + rule, k -> new long[3]);
                List<int[]> gold = labelled(line.get("gold"), null);
                List<int[]> found = labelled(line.get("predicted"), null);
                span[0] += matches(gold, found, rule.equals("exact"));
                span[1] += found.size();
                span[2] += gold.size();
                long[] labelled = counts.computeIfAbsent("labelled." + rule, k -> new long[3]);
                Set<String> labels = new HashSet<>();
                line.get("gold").forEach(s -> labels.add(s.get("label").asText()));
                line.get("predicted").forEach(s -> labels.add(s.get("label").asText()));
                for (String label : labels) {
                    List<int[]> goldOfLabel = labelled(line.get("gold"), label);
                    List<int[]> foundOfLabel = labelled(line.get("predicted"), label);
                    labelled[0] += matches(goldOfLabel, foundOfLabel, rule.equals("exact"));
                    labelled[1] += foundOfLabel.size();
                    labelled[2] += goldOfLabel.size();
                }
            }
        }
        counts.forEach((key, c) -> {
            assertEquals(ratio(c[0], c[1]), run.evaluation().value(key + ".precision"), 1e-12, key);
            assertEquals(ratio(c[0], c[2]), run.evaluation().value(key + ".recall"), 1e-12, key);
            assertEquals(ratio(2 * c[0], c[1] + c[2]), run.evaluation().value(key + ".f1"), 1e-12, key);
        });
    }

    private record Run(Evaluation evaluation, List<JsonNode> lines) {}

    private Run run(String name, Path data) throws IOException {
        Path file = Files.createTempFile(dir, name, ".jsonl");
        Evaluation evaluation;
        try (PredictionWriter writer = PredictionWriter.toFile(file)) {
            evaluation = Datasets.named(name, ANALYZER).evaluate(data, writer);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        assertFalse(lines.isEmpty(), "no prediction lines for " + name);
        return new Run(evaluation, lines);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<int[]> roleSpans(JsonNode attributions, String role) {
        List<int[]> spans = new ArrayList<>();
        for (JsonNode a : attributions) {
            int start = a.get(role + "Start").asInt();
            if (start >= 0) {
                spans.add(new int[] {start, a.get(role + "End").asInt()});
            }
        }
        return spans;
    }

    private static List<int[]> labelled(JsonNode spans, String label) {
        Map<String, int[]> distinct = new java.util.LinkedHashMap<>();
        for (JsonNode s : spans) {
            if (label == null || s.get("label").asText().equals(label)) {
                distinct.putIfAbsent(s.get("start").asInt() + ":" + s.get("end").asInt(),
                        new int[] {s.get("start").asInt(), s.get("end").asInt()});
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /**
     * The documented rule, written again: exact pairs need equal offsets; overlap pairs share a
     * character, taken largest overlap first (ties: earlier gold, then earlier prediction), one to one.
     */
    private static long matches(List<int[]> gold, List<int[]> predicted, boolean exact) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        long matched = 0;
        while (true) {
            int bestGold = -1;
            int bestPredicted = -1;
            int best = 0;
            for (int g = 0; g < gold.size(); g++) {
                for (int p = 0; p < predicted.size(); p++) {
                    if (goldUsed[g] || predictedUsed[p]) {
                        continue;
                    }
                    int[] a = gold.get(g);
                    int[] b = predicted.get(p);
                    boolean empty = a[0] == a[1] || b[0] == b[1];
                    int weight = exact || empty ? (a[0] == b[0] && a[1] == b[1] ? 1 : 0)
                            : Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
                    if (weight > best) {
                        best = weight;
                        bestGold = g;
                        bestPredicted = p;
                    }
                }
            }
            if (best <= 0) {
                return matched;
            }
            goldUsed[bestGold] = true;
            predictedUsed[bestPredicted] = true;
            matched++;
        }
    }

    private static double f1(int[] c) {
        return c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += y[i];
            sxx += x[i] * x[i];
            syy += y[i] * y[i];
            sxy += x[i] * y[i];
        }
        return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    }

    /** Rank = 1 + values below + (equal values - 1) / 2: the mean rank of ties, by counting. */
    private static double[] ranksByCounting(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equal = 0;
            for (double other : values) {
                below += other < values[i] ? 1 : 0;
                equal += other == values[i] ? 1 : 0;
            }
            ranks[i] = 1 + below + (equal - 1) / 2.0;
        }
        return ranks;
    }
}
