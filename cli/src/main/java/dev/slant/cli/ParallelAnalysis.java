package dev.slant.cli;

import dev.slant.Article;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Analyses articles on several threads and hands the results on in input order. At most eight
 * articles a thread are in flight: the reading thread waits for the oldest before it submits
 * more, so memory stays bounded however large the corpus. With one thread it works on the
 * caller's.
 *
 * @param <T> what the work makes of an article: its report, or more
 */
final class ParallelAnalysis<T> implements AutoCloseable {
    private final Function<Article, T> work;
    private final Consumer<T> sink;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

    /**
     * @param work what to do with each article, on a worker thread; thread-safe
     * @param threads how many worker threads
     * @param sink what to do with each result, on the caller's thread, in input order
     */
    ParallelAnalysis(Function<Article, T> work, int threads, Consumer<T> sink) {
        this.work = work;
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
            sink.accept(work.apply(article));
            return;
        }
        while (inFlight.size() >= window) {
            sink.accept(take());
        }
        inFlight.add(pool.submit(() -> work.apply(article)));
    }

    /** Hands on every report still in flight. */
    void finish() {
        while (!inFlight.isEmpty()) {
            sink.accept(take());
        }
    }

    private T take() {
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
