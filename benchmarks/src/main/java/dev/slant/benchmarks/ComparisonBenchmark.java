package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.compare.ReportSummary;
import dev.slant.report.ArticleReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The corpus comparison on its own: the five seed reports, analysed once outside the measurement,
 * summarised and compared per outlet (label distributions, divergences, distinctive labels, actors
 * with bootstrap intervals). One operation compares the five; {@code bytes} counts the seeds' UTF-8
 * bytes, so the figure reads as the comparison's share of the cost per MB of articles.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ComparisonBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComparisonBenchmark {
    private final List<ArticleReport> reports = new ArrayList<>();
    private long inputBytes;

    /** Analyses the seeds, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        Analyzer analyzer = Slant.analyzer().build();
        List<String> texts = Inputs.texts("seeds");
        for (int i = 0; i < texts.size(); i++) {
            reports.add(analyzer.analyze(Article.of("seed-" + i, "outlet-" + i, texts.get(i))));
        }
        inputBytes = Inputs.utf8Bytes(texts);
    }

    /**
     * Summarises and compares the five reports.
     *
     * @param counter counts the bytes of the articles compared
     * @param sink keeps the comparison alive
     */
    @Benchmark
    public void compare(ByteCounter counter, Blackhole sink) {
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        for (ArticleReport report : reports) {
            accumulator.add(ReportSummary.of(report));
        }
        sink.consume(accumulator.result());
        counter.add(inputBytes);
    }
}
