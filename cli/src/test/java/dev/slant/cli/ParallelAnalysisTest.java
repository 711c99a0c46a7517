package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Article;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelAnalysisTest {

    @Test
    void handsResultsOnInInputOrderWhateverOrderTheyFinishIn() {
        List<String> seen = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (ParallelAnalysis<String> analysis = new ParallelAnalysis<>(article -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep((article.id().hashCode() & 7)); // finish out of order
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return article.id();
        }, 3, seen::add)) {
            for (int i = 0; i < 100; i++) {
                analysis.submit(Article.of("a" + i, "", "text"));
            }
            assertTrue(seen.size() >= 100 - 3 * 8, "at most eight articles a thread in flight: " + seen.size());
            analysis.finish();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add("a" + i);
        }
        assertEquals(expected, seen);
        assertTrue(most.get() <= 3, "never more than three at once: " + most.get());
    }

    @Test
    void theProgressBarDrawsOnlyWhenEnabledAndAfterAHandfulAndClearsItsLine() {
        StringWriter drawn = new StringWriter();
        Progress progress = new Progress(new PrintWriter(drawn), true, 1000);
        for (int i = 0; i < 5; i++) {
            progress.done(10);
        }
        assertEquals("", drawn.toString(), "nothing for a handful of articles");
        progress.done(10);
        assertTrue(drawn.toString().startsWith("\r[##"), drawn.toString());
        assertTrue(drawn.toString().contains("6 articles"), drawn.toString());
        progress.clear();
        assertTrue(drawn.toString().endsWith("\r"), "the line is cleared for a message");
        int cleared = drawn.toString().length();
        progress.done(10);
        assertTrue(drawn.toString().substring(cleared).contains("7 articles"), "and drawn again at the next article");
        progress.finish();
        assertTrue(drawn.toString().endsWith("\r"), "the line is cleared");

        StringWriter quiet = new StringWriter();
        Progress off = new Progress(new PrintWriter(quiet), false, 1000);
        for (int i = 0; i < 50; i++) {
            off.done(10);
        }
        off.finish();
        assertEquals("", quiet.toString());
    }
}
