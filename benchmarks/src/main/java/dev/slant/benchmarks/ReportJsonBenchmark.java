package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.report.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

/**
 * The full analysis of the seed articles with each report written as a line of JSON, encoded as
 * UTF-8 and discarded, as {@code ./slant analyze --format jsonl} writes it to its output. A report
 * keeps its terms, attributions and actors in primitive arrays and builds their objects only when
 * they are read ({@link FullAnalysisBenchmark} reads none); writing the JSON reads them all, so
 * this is what an analysis costs a user who wants everything.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReportJsonBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportJsonBenchmark {
    private Analyzer analyzer;
    private List<String> texts;
    private long inputBytes;
    private Writer out;

    /** Builds the analyzer and reads the seeds, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        analyzer = Slant.analyzer().build();
        texts = Inputs.texts("seeds");
        inputBytes = Inputs.utf8Bytes(texts);
        out = new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Analyses the seeds and writes each report as JSON.
     *
     * @param counter counts the bytes analysed
     * @throws IOException never: the output discards what it is given
     */
    @Benchmark
    public void analyzeAndWrite(ByteCounter counter) throws IOException {
        for (String text : texts) {
            ReportJson.write(analyzer.analyze(text), out, false);
            out.write('\n');
        }
        out.flush();
        counter.add(inputBytes);
    }
}
