package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private Path nyt() throws IOException {
        Path file = dir.resolve("nyt.tsv");
        Files.writeString(file, "1\t-2.5\tA brutal and horrible massacre.\n2\t0.1\tThe committee met on Tuesday.\n"
                + "3\t2.9\tA brilliant, wonderful victory.\n");
        return file;
    }

    @Test
    void scoresADataSetAndWritesOnePredictionLinePerItem() throws IOException {
        Path predictions = dir.resolve("p.jsonl");
        CommandRun run = CommandRun.of("eval", "nyt", "--data", nyt().toString(), "--predictions", predictions.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("pearson_r"), run.out());
        assertTrue(run.out().contains("spearman_rho"), run.out());
        assertEquals(3, Files.readAllLines(predictions).size());
    }

    @Test
    void exitsOneNamingEachFigureBelowItsFloor() throws IOException {
        Path floors = dir.resolve("floors.properties");
        Files.writeString(floors, "# test\nnyt.pearson_r=1.1\nnyt.spearman_rho=-1\n");
        CommandRun run = CommandRun.of("eval", "nyt", "--data", nyt().toString(), "--check-floors", floors.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("nyt.pearson_r"), run.err());
        assertTrue(!run.err().contains("nyt.spearman_rho"), run.err());
    }

    @Test
    void allRunsTheSetsFoundUnderADataFolder() throws IOException {
        Path root = dir.resolve("data");
        Files.createDirectories(root.resolve("nyt-sentiment"));
        Files.copy(nyt(), root.resolve("nyt-sentiment/nyt-dev.tsv"));
        CommandRun run = CommandRun.of("eval", "all", "--data", root.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("nyt"), run.out());
        assertTrue(run.err().contains("babe: not found"), run.err());
    }

    @Test
    void badUsageAndBadDataExitTwo() throws IOException {
        assertEquals(2, CommandRun.of("eval", "imdb", "--data", dir.toString()).status());
        CommandRun missing = CommandRun.of("eval", "nyt", "--data", dir.resolve("none.tsv").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "1\tnot-a-number\ttext\n");
        CommandRun malformed = CommandRun.of("eval", "nyt", "--data", bad.toString());
        assertEquals(2, malformed.status());
        assertTrue(malformed.err().contains("bad.tsv:1:"), malformed.err());
        assertEquals(2, CommandRun.of("eval", "generic", "--data", bad.toString(), "--label-by", "colour").status());
    }

    @Test
    void helpShowsExamples() {
        CommandRun run = CommandRun.of("eval", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("./slant eval all --data"), run.out());
    }
}
