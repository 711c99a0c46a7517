package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.benchmarks.peers.OpenNlpPipeline;
import dev.slant.benchmarks.peers.VaderPeer;
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
 * Slant's full analysis beside the sentence-level tools a researcher would otherwise run over the
 * same articles: VADER sentiment on every sentence (the Java port; sentences split by a simple
 * regex, see {@link VaderPeer}) and OpenNLP's sentence detection, tokenizing and POS tagging.
 * This is not like for like, as each does different work; it places Slant's cost among the tools
 * of the field.
 *
 * <p>Input: the five seed articles. VADER and OpenNLP read them joined by blank lines (15,808
 * UTF-8 bytes); Slant analyses each article on its own (15,800 bytes). One operation covers all
 * five, so MB/s = ops/s &times; 0.0158.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SentenceBaselinesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SentenceBaselinesBenchmark {
    private List<String> seeds;
    private String text;
    private long inputBytes;
    private long seedBytes;
    private VaderPeer vader;
    private OpenNlpPipeline openNlp;
    private Analyzer analyzer;

    /** Reads the seeds and loads every tool and model, outside the measurement. */
    @Setup
    public void setUp() {
        seeds = SeedCorpus.texts();
        text = Inputs.text("seeds");
        inputBytes = Inputs.utf8Bytes(java.util.List.of(text));
        seedBytes = Inputs.utf8Bytes(seeds);
        vader = new VaderPeer();
        openNlp = new OpenNlpPipeline();
        analyzer = Slant.analyzer().build();
    }

    /**
     * VADER over every sentence of the seeds.
     *
     * @param counter counts the input bytes
     * @return the sum of the compound scores
     */
    @Benchmark
    public double vaderSentences(ByteCounter counter) {
        counter.add(inputBytes);
        return vader.score(text);
    }

    /**
     * OpenNLP sentence detection, tokenizing and POS tagging of the seeds.
     *
     * @param counter counts the input bytes
     * @return the number of tagged tokens
     */
    @Benchmark
    public int openNlpPipeline(ByteCounter counter) {
        counter.add(inputBytes);
        return openNlp.tag(text);
    }

    /**
     * Slant's default analyzer over each of the five seed articles.
     *
     * @param sink keeps the reports alive
     */
    @Benchmark
    public void slantFullAnalysis(ByteCounter counter, Blackhole sink) {
        counter.add(seedBytes);
        for (String seed : seeds) {
            sink.consume(analyzer.analyze(seed));
        }
    }
}
