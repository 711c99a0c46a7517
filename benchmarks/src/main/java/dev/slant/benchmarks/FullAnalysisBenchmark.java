package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.report.ArticleReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full analysis (structure, phrase matching, voice, scores) of the five seed articles with the
 * default packs; one operation analyses all five (15,800 bytes), so MB/s = ops/s x 0.0158.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar FullAnalysisBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FullAnalysisBenchmark {
    private Analyzer analyzer;
    private List<String> seeds;

    /** Builds the analyzer and reads the seeds, outside the measurement. */
    @Setup
    public void setUp() {
        analyzer = Slant.analyzer().build();
        seeds = SeedCorpus.texts();
    }

    /**
     * Analyses the five seed articles.
     *
     * @param sink keeps the reports alive
     */
    @Benchmark
    public void analyzeSeeds(Blackhole sink) {
        for (String text : seeds) {
            ArticleReport report = analyzer.analyze(text);
            sink.consume(report);
        }
    }
}
