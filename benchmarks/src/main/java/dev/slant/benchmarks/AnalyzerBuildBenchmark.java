package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicons.BundledLexicons;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building an analyzer with every bundled pack: reading the four pack files from the jar,
 * parsing and validating them, composing and compiling them. {@code cold} is the first build in
 * a fresh JVM (single shot, five forks); {@code warm} is a build in a warmed-up JVM.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AnalyzerBuildBenchmark
 * </pre>
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzerBuildBenchmark {

    /**
     * The first build in a fresh JVM.
     *
     * @return the analyzer
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Analyzer cold() {
        return buildWithEveryPack();
    }

    /**
     * A build in a warmed-up JVM.
     *
     * @return the analyzer
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Analyzer warm() {
        return buildWithEveryPack();
    }

    /** Reads the packs through the provider itself, so that no cache hides the parsing. */
    static Analyzer buildWithEveryPack() {
        BundledLexicons provider = new BundledLexicons();
        Analyzer.Builder builder = Slant.analyzer().defaults(false);
        for (String name : provider.names()) {
            LexiconPack pack = provider.load(name);
            builder.lexicon(pack);
        }
        return builder.build();
    }
}
