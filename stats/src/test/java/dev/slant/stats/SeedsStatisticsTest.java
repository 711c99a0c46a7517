package dev.slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.compare.Comparison;
import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.reports.ComparisonJson;
import dev.slant.voice.VoiceKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics of the five seed articles, from the Java API and from the command line. */
class SeedsStatisticsTest {
    private static final Path SEEDS = Path.of(System.getProperty("slant.seeds"));
    private static Comparison comparison;

    @BeforeAll
    static void compareTheSeeds() throws Exception {
        Analyzer analyzer = Slant.analyzer().build();
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        List<String> manifest = Files.readAllLines(SEEDS.resolve("manifest.tsv"));
        for (String line : manifest.subList(1, manifest.size())) {
            String[] fields = line.split("\t", -1);
            accumulator.add(analyzer.analyze(new Article(fields[0], fields[1], "", fields[3], fields[4],
                    Files.readString(SEEDS.resolve(fields[0])))));
        }
        comparison = accumulator.result();
    }

    @Test
    void readsTheSameTablesFromComparisonJson(@TempDir Path folder) throws Exception {
        Path json = writeJson(folder);
        for (VoiceKind voice : VoiceKind.values()) {
            assertEquals(LabelTables.of(comparison, voice), ComparisonJsonReader.read(json, voice), voice.id());
        }
        assertEquals(5, LabelTables.of(comparison, VoiceKind.NARRATOR).outlets().size());
    }

    @Test
    void rejectsAFileOfAnotherSchema(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("report.json");
        Files.writeString(file, "{\"schema\": \"slant.report/1\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonJsonReader.read(file, VoiceKind.NARRATOR));
        assertTrue(e.getMessage().startsWith(file + ": expected schema \"slant.comparison/1\""), e.getMessage());
    }

    @Test
    void rejectsCountsThatAreNotCounts(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("comparison.json");
        Files.writeString(file, "{\"schema\": \"slant.comparison/1\", \"outlets\": [{\"outlet\": \"A\"}], "
                + "\"concepts\": [{\"concept\": \"groups\", \"voices\": [{\"voice\": \"narrator\", "
                + "\"labels\": [\"rebels\"], \"outlets\": [{\"outlet\": \"A\", \"counts\": [-2]}]}]}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonJsonReader.read(file, VoiceKind.NARRATOR));
        assertTrue(e.getMessage().contains("concept groups: expected counts that are non-negative integers, found -2"),
                e.getMessage());
    }

    @Test
    void commandLineWritesTheMapTheTreeAndTheTests(@TempDir Path folder) throws Exception {
        writeJson(folder);
        Path out = folder.resolve("stats");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int status = StatsMain.run(new String[] {folder.toString(), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

        String text = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text + stderr.toString(StandardCharsets.UTF_8));
        BufferedImage map = ImageIO.read(out.resolve("outlet-map.png").toFile());
        assertEquals(StatsMain.MAP_WIDTH, map.getWidth());
        assertEquals(StatsMain.MAP_HEIGHT, map.getHeight());
        BufferedImage tree = ImageIO.read(out.resolve("outlet-clusters.png").toFile());
        assertEquals(StatsMain.DENDROGRAM_WIDTH, tree.getWidth());
        assertTrue(text.contains("PC1 (") && text.contains("Radio Habana Cuba"), text);
        assertTrue(text.contains("armed-groups"), text);
        assertEquals(text.substring(0, text.indexOf("\nWrote ")), Files.readString(out.resolve("statistics.txt")));
    }

    @Test
    void commandLineRejectsBadUsage(@TempDir Path folder) {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertEquals(2, StatsMain.run(new String[0], out, err));
        assertEquals(2, StatsMain.run(new String[] {folder.toString(), "--voice", "whisper"}, out, err));
        assertEquals(2, StatsMain.run(new String[] {folder.resolve("missing.json").toString()}, out, err));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("unknown voice 'whisper'"));
    }

    private static Path writeJson(Path folder) throws Exception {
        Path json = folder.resolve("comparison.json");
        try (Writer writer = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ComparisonJson.write(comparison, writer);
        }
        return json;
    }
}
