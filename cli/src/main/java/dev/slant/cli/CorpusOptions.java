package dev.slant.cli;

import dev.slant.Article;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/**
 * The options and the loop of every command that analyses a corpus: read the inputs, work on each
 * article on several threads, take the results in input order, draw progress, and count what had
 * to be skipped.
 */
final class CorpusOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per processor, "
            + "at most 8); results keep the input order.")
    private Integer threads;

    @Option(names = "--no-progress", description = "Never draw the progress bar (it is drawn only on a terminal).")
    private boolean noProgress;

    /**
     * Tells whether the thread count given, if any, is usable.
     *
     * @return false for fewer than one thread
     */
    boolean threadsValid() {
        return threads == null || threads >= 1;
    }

    /**
     * Reads every input and hands each article's result to {@code done}, in input order.
     *
     * @param inputs the paths, as given
     * @param err where problems and progress go
     * @param work what a worker thread does with an article
     * @param done what the reading thread does with each result, in input order
     * @param size the characters a result stands for, for the progress bar
     * @param <T> the result of one article
     * @return how many inputs or lines were skipped, each named on {@code err}
     */
    <T> int analyse(List<String> inputs, PrintWriter err, Function<Article, T> work, Consumer<T> done,
            ToIntFunction<T> size) {
        Progress progress = new Progress(err, !noProgress && Progress.terminal(), InputSize.of(inputs));
        ArticleReader.Problems problems = new ArticleReader.Problems(err, progress::clear);
        try (ParallelAnalysis<T> analysis = new ParallelAnalysis<>(work,
                threads != null ? threads : ParallelAnalysis.defaultThreads(), result -> {
                    done.accept(result);
                    progress.done(size.applyAsInt(result));
                })) {
            ArticleReader reader = new ArticleReader(problems, analysis::submit);
            inputs.forEach(reader::read);
            analysis.finish();
        }
        progress.finish();
        return problems.count();
    }
}
