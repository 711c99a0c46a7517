package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs the harness on every development set present and fails when a figure falls below its floor
 * in {@code floors.properties}. Skipped when the data is absent. The wall time is printed, never
 * asserted.
 */
class DevelopmentFloorsTest {

    @Test
    void everyFigureHoldsItsFloor() throws IOException {
        Path data = DevData.root();
        assumeTrue(Files.isDirectory(data), "no development data at " + data);
        Floors floors = Floors.read(Path.of(System.getProperty("slant.floors", "floors.properties")));
        assertFalse(floors.floors().isEmpty());
        long started = System.nanoTime();
        List<Evaluation> evaluations = Datasets.evaluateAll(data, Datasets.standardAnalyzer());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.print(EvaluationTable.format(evaluations));
        System.out.println(String.format(Locale.ROOT, "harness on %d development sets: %.1f s", evaluations.size(), seconds));
        assertEquals(List.of(), floors.violations(evaluations));
    }
}
