package dev.slant.examples;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the notebooks that need the statistics module ({@value NotebooksTest#REQUIRES_STATS}) with
 * the examples' notebook runner, on this module's class path (slant-stats, Smile, slant-core and
 * slant-lexicons); the examples module skips them, as no Apache-licensed module depends on this one.
 */
class StatsNotebooksTest {
    @TestFactory
    Stream<DynamicTest> notebooksThatNeedTheStatisticsRunAndPrintWhatTheyShow() throws IOException {
        return NotebooksTest.notebooks(NotebooksTest::requiresStats);
    }
}
