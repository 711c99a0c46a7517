package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.report.ArticleReport;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Analyses articles on several threads and hands the reports on in input order. At most {@code
 * window} articles are in flight: the reading thread waits for the oldest before it submits more,
 * so memory stays bounded however large the corpus. With one thread it analyses on the caller's.
 */
final class ParallelAnalysis implements AutoCloseable {
    private final Analyzer analyzer;
    private final Consumer<ArticleReport> sink;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<ArticleReport>> inFlight = new ArrayDeque<>();

    ParallelAnalysis(Analyzer analyzer, int threads, Consumer<ArticleReport> sink) {
        this.analyzer = analyzer;
        this.sink = sink;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "slant-analysis");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.window = threads * 8;
    }

    /** The number of threads to use when the user gives none: one per processor, at most 8. */
    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    void submit(Article article) {
        if (pool == null) {
            sink.accept(analyzer.analyze(article));
            return;
        }
        while (inFlight.size() >= window) {
            sink.accept(take());
        }
        inFlight.add(pool.submit(() -> analyzer.analyze(article)));
    }

    /** Hands on every report still in flight. */
    void finish() {
        while (!inFlight.isEmpty()) {
            sink.accept(take());
        }
    }

    private ArticleReport take() {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }
}
