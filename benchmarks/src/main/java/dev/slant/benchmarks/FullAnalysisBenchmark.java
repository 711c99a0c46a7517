package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full analysis (structure, phrase matching, voice, scores) with the default packs, over
 * inputs of growing size: the seed articles, and generated news-like documents of 1 KB to 10 MB.
 * One operation analyses the whole input once; the {@code bytes} counter ({@link ByteCounter}) is
 * the input's UTF-8 bytes per second, so MB/s is {@code bytes / 1e6}, and for {@code 3k} ops/s is
 * articles/s.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar FullAnalysisBenchmark -prof gc         # one thread
 * java -jar benchmarks/target/benchmarks.jar FullAnalysisBenchmark -t 2 -p input=3k  # two threads
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FullAnalysisBenchmark {
    /** The input: {@code seeds}, or a generated document of that size. */
    @Param({"seeds", "1k", "3k", "10k", "100k", "1m", "10m"})
    public String input;

    private Analyzer analyzer;
    private List<String> texts;
    private long inputBytes;

    /** Builds the analyzer and the input, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        analyzer = Slant.analyzer().build();
        texts = Inputs.texts(input);
        inputBytes = Inputs.utf8Bytes(texts);
    }

    /**
     * Analyses the input once.
     *
     * @param counter counts the bytes analysed
     * @param sink keeps the reports alive
     */
    @Benchmark
    public void analyze(ByteCounter counter, Blackhole sink) {
        for (String text : texts) {
            sink.consume(analyzer.analyze(text));
        }
        counter.add(inputBytes);
    }
}
