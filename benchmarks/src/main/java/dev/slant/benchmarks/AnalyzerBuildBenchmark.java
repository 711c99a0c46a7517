package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicons.BundledActorPacks;
import dev.slant.lexicons.BundledLexicons;
import dev.slant.sentiment.SentimentScorer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building an analyzer with every bundled pack: reading the pack files from the jar, parsing and
 * validating them, composing and compiling them: every term pack into the term lexicon, the
 * valence packs into the sentiment scorer, every actor pack into the actor catalog. {@code cold}
 * is the first build in a fresh JVM (single shot, five forks); {@code warm} is a build in a
 * warmed-up JVM.
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

    /** Reads the packs through the providers themselves, so that no cache hides the parsing. */
    static Analyzer buildWithEveryPack() {
        BundledLexicons lexicons = new BundledLexicons();
        Analyzer.Builder builder = Slant.analyzer().defaults(false);
        for (String name : lexicons.names()) {
            LexiconPack pack = lexicons.load(name);
            if (SentimentScorer.DEFAULT_PACKS.contains(name)) {
                builder.valence(pack);
            } else {
                builder.lexicon(pack);
            }
        }
        BundledActorPacks actors = new BundledActorPacks();
        for (String name : actors.names()) {
            builder.actors(actors.load(name));
        }
        return builder.build();
    }
}
