package dev.slant.benchmarks;

import dev.slant.benchmarks.peers.CharScan;
import dev.slant.benchmarks.peers.TokenizeAndHash;
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

/**
 * How close Slant's structure scan comes to the limits of a one-pass scan in Java: a bare
 * character loop (the floor), a loop that also tokenizes and hashes every token (what a
 * hash-based phrase matcher needs at the least), and Slant's scan, which also finds sentences,
 * paragraphs and quotations.
 *
 * <p>Input: the five seed articles joined by blank lines, 15,808 UTF-8 bytes; one operation is
 * one pass, so MB/s = ops/s &times; 0.015808.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar ScanLimitsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScanLimitsBenchmark {
    private String text;
    private long inputBytes;
    private final MatchingBenchmark.SlantScan scan = new MatchingBenchmark.SlantScan();

    /** Reads the seeds, outside the measurement. */
    @Setup
    public void setUp() {
        text = Inputs.text("seeds");
        inputBytes = Inputs.utf8Bytes(java.util.List.of(text));
    }

    /**
     * The floor: one pass counting letters.
     *
     * @param counter counts the input bytes
     * @return the number of letters
     */
    @Benchmark
    public int charScan(ByteCounter counter) {
        counter.add(inputBytes);
        return CharScan.countLetters(text);
    }

    /**
     * One pass splitting at non-letters/digits and hashing each lower-cased token (FNV-1a).
     *
     * @param counter counts the input bytes
     * @return the sum of the token hashes
     */
    @Benchmark
    public long tokenizeAndHash(ByteCounter counter) {
        counter.add(inputBytes);
        return TokenizeAndHash.hashTokens(text);
    }

    /**
     * Slant's structure scan into a reused buffer.
     *
     * @param counter counts the input bytes
     * @return the number of tokens
     */
    @Benchmark
    public int slantScan(ByteCounter counter) {
        counter.add(inputBytes);
        return scan.scan(text).tokenCount();
    }
}
