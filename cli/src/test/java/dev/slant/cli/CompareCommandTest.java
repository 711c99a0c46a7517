package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final Path SEEDS = Path.of(System.getProperty("slant.seeds"));

    /** The narrator's mean valence per outlet for one concept, read from comparison.json. */
    private static Map<String, Double> narratorValence(Path folder, String concept) throws Exception {
        JsonNode json = new ObjectMapper().readTree(folder.resolve("comparison.json").toFile());
        Map<String, Double> byOutlet = new HashMap<>();
        for (JsonNode c : json.get("concepts")) {
            if (c.get("concept").asText().equals(concept)) {
                for (JsonNode v : c.get("voices")) {
                    if (v.get("voice").asText().equals("narrator")) {
                        v.get("outlets").forEach(o -> byOutlet.put(o.get("outlet").asText(),
                                o.get("meanValence").asDouble()));
                    }
                }
            }
        }
        return byOutlet;
    }

    private static double valenceOf(Map<String, Double> byOutlet, String prefix) {
        return byOutlet.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(prefix + " not in " + byOutlet)).getValue();
    }

    @Test
    void comparesTheSeedsAndWritesTheReportTheJsonAndTheTables(@TempDir Path folder) throws Exception {
        CommandRun run = CommandRun.of("compare", SEEDS.toString(), "--out", folder.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("5 articles from 5 outlets"), run.out());
        assertTrue(run.out().contains("Labels in each outlet's own voice"), run.out());
        assertTrue(run.out().contains("Sentiment toward each actor"), run.out());
        assertTrue(run.out().contains("  armed-groups\n"), run.out());
        for (String file : List.of("report.html", "comparison.json", "outlets.csv", "labels.csv", "distinctive.csv",
                "divergence.csv", "actors.csv")) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        assertTrue(Files.readString(folder.resolve("report.html")).contains("<article class=\"article\""));
        assertEquals("", run.err(), "no progress bar and no complaint outside a terminal");
    }

    @Test
    void proDamascusOutletsOwnLabelsForTheArmedGroupsAreMoreNegative(@TempDir Path folder) throws Exception {
        // with the default packs: the generic concept of armed groups
        CommandRun run = CommandRun.of("compare", SEEDS.toString(), "--out", folder.toString());
        assertEquals(0, run.status(), run.err());
        Map<String, Double> valence = narratorValence(folder, "armed-groups");
        for (String proDamascus : List.of("Radio Habana", "Iranian")) {
            for (String western : List.of("Radio Free Europe", "Reuters")) {
                assertTrue(valenceOf(valence, western) - valenceOf(valence, proDamascus) >= 0.3,
                        proDamascus + " against " + western + ": " + valence);
            }
        }
    }

    @Test
    void theEventPacksSeparateTheIdlibGroupsToo(@TempDir Path folder) throws Exception {
        CommandRun run = CommandRun.of("compare", SEEDS.toString(), "--out", folder.toString(), "--lexicon",
                "conflict-labels/syria", "--actors", "actors/syria-2019");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("the armed groups in Idlib (syria/idlib-armed-groups)"), run.out());
        Map<String, Double> valence = narratorValence(folder, "syria/idlib-armed-groups");
        for (String proDamascus : List.of("Radio Habana", "Iranian")) {
            for (String western : List.of("Radio Free Europe", "Reuters")) {
                assertTrue(valenceOf(valence, western) - valenceOf(valence, proDamascus) >= 0.3,
                        proDamascus + " against " + western + ": " + valence);
            }
        }
    }

    @Test
    void theOutputIsTheSameOnOneThreadAndOnSeveral(@TempDir Path folder) throws Exception {
        Path corpus = folder.resolve("corpus.jsonl");
        StringBuilder lines = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (int copy = 0; copy < 6; copy++) {
            try (var files = Files.list(SEEDS)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.append(json.writeValueAsString(Map.of("id", copy + "/" + file.getFileName(),
                            "outlet", "outlet " + file.getFileName().toString().charAt(2),
                            "text", Files.readString(file)))).append('\n');
                }
            }
        }
        Files.writeString(corpus, lines);
        Path one = folder.resolve("one");
        Path four = folder.resolve("four");
        assertEquals(0, CommandRun.of("compare", corpus.toString(), "--out", one.toString(), "--threads", "1").status());
        assertEquals(0, CommandRun.of("compare", corpus.toString(), "--out", four.toString(), "--threads", "4").status());
        for (String file : List.of("comparison.json", "report.html", "labels.csv", "actors.csv")) {
            assertEquals(Files.readString(one.resolve(file)), Files.readString(four.resolve(file)), file);
        }
        assertEquals(30, new ObjectMapper().readTree(one.resolve("comparison.json").toFile()).get("articles").asInt());
    }

    @Test
    void badPathsAndBadLinesAreNamedOnceEachAndTheRestIsCompared(@TempDir Path folder) throws Exception {
        Path corpus = folder.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"outlet\":\"A\",\"text\":\"The army fought terrorists.\"}\n"
                + "{not json\n"
                + "{\"outlet\":\"B\",\"text\":\"The army fought rebels.\"}\n");
        CommandRun run = CommandRun.of("compare", corpus.toString(), folder.resolve("missing.txt").toString(),
                "--out", folder.resolve("out").toString());
        assertEquals(1, run.status());
        List<String> skipped = run.err().lines().filter(l -> l.startsWith("slant: skipped")).toList();
        assertEquals(2, skipped.size(), run.err());
        assertTrue(skipped.get(0).contains("corpus.jsonl:2:"), skipped.toString());
        assertTrue(skipped.get(1).contains("missing.txt: no such file or folder"), skipped.toString());
        assertTrue(run.err().contains("slant: 2 articles compared, 2 inputs or lines skipped"), run.err());
        assertTrue(run.out().startsWith("2 articles from 2 outlets"), run.out());
        assertTrue(Files.exists(folder.resolve("out").resolve("comparison.json")));
    }

    @Test
    void helpShowsExamples() {
        CommandRun run = CommandRun.of("compare", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("Examples:"), run.out());
        assertTrue(run.out().contains("./slant compare seeds"), run.out());
        assertTrue(run.out().contains("--out=DIR"), run.out());
    }
}
