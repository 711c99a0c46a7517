package dev.slant.benchmarks;

import dev.slant.benchmarks.peers.AhoCorasickMatcher;
import dev.slant.benchmarks.peers.IndexOfMatcher;
import dev.slant.benchmarks.peers.RegexAlternationMatcher;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
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

/**
 * Phrase matching: Slant's zero-allocation scan and lexicon match beside the ways a researcher
 * would otherwise find the same phrases in the same text (Aho-Corasick, one {@code indexOf} per
 * phrase, one big regular expression), for lexicons of 100 to 100,000 phrases.
 *
 * <p>Every benchmark reads the same text and looks for the same phrases,
 * {@link PhraseLists#of(int) PhraseLists.of(lexiconSize)}; Slant gets them as one pack
 * ({@link PhraseLists#asPack}). One operation is one pass over the whole text, returning the match
 * count; every matcher is built in the trial set-up, outside the measurement. The structure pass
 * alone is {@link ScanLimitsBenchmark#slantScan}. The counts differ a little by design: Slant takes the leftmost-longest match over its tokens
 * (which keep inner hyphens and apostrophes, so "rebel" does not match inside "rebel-held") and
 * moves past it, the regex takes the first (longest) alternative and moves past it, and
 * Aho-Corasick and {@code indexOf} count overlapping occurrences too.
 *
 * <p>Inputs ({@code -p input=...}) are those of {@link Inputs}: {@code seeds}, the default, is the
 * five seed articles joined by blank lines (15,808 UTF-8 bytes); {@code 100k} a generated document.
 * The {@code bytes} counter ({@link ByteCounter}) gives MB/s = bytes / 1e6.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark
 * </pre>
 *
 * <p>The regex at 100,000 phrases takes about 3.5 s for one pass over the seeds (0.3 ops/s), so
 * its iterations run long but finish (about 20 s for its five); to measure it alone:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark.regexAlternation \
 *     -p lexiconSize=100000 -wi 0 -i 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MatchingBenchmark {
    /** How many phrases every matcher looks for. */
    @Param({"100", "1000", "10000", "100000"})
    public int lexiconSize;

    /** The text to search: {@code seeds}, or a generated document such as {@code 100k} (see {@link Inputs}). */
    @Param({"seeds"})
    public String input;

    private String text;
    private long inputBytes;
    private final SlantScan scan = new SlantScan();
    private final MatchBuffer matches = new MatchBuffer();
    private Lexicon lexicon;
    private AhoCorasickMatcher ahoCorasick;
    private IndexOfMatcher indexOf;
    private RegexAlternationMatcher regex;

    /** Reads the input and builds every matcher over the same phrases, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        text = Inputs.text(input);
        inputBytes = Inputs.utf8Bytes(List.of(text));
        List<String> phrases = PhraseLists.of(lexiconSize);
        lexicon = Lexicon.compile(List.of(PhraseLists.asPack(phrases)));
        ahoCorasick = new AhoCorasickMatcher(phrases);
        indexOf = new IndexOfMatcher(phrases);
        regex = new RegexAlternationMatcher(phrases);
    }

    /**
     * Slant: scans the text's structure, then matches the lexicon against its tokens.
     *
     * @param counter counts the input bytes
     * @return the number of matches
     */
    @Benchmark
    public int slantScanAndMatch(ByteCounter counter) {
        counter.add(inputBytes);
        lexicon.match(scan.scan(text), matches);
        return matches.count();
    }

    /**
     * The Aho-Corasick automaton, case-insensitive, whole words.
     *
     * @param counter counts the input bytes
     * @return the number of emits
     */
    @Benchmark
    public int ahoCorasick(ByteCounter counter) {
        counter.add(inputBytes);
        return ahoCorasick.count(text);
    }

    /**
     * One {@code indexOf} loop per phrase over the lower-cased text.
     *
     * @param counter counts the input bytes
     * @return the number of whole-word occurrences
     */
    @Benchmark
    public int indexOfPerPhrase(ByteCounter counter) {
        counter.add(inputBytes);
        return indexOf.count(text);
    }

    /**
     * One alternation of all the phrases.
     *
     * @param counter counts the input bytes
     * @return the number of {@code find()} hits
     */
    @Benchmark
    public int regexAlternation(ByteCounter counter) {
        counter.add(inputBytes);
        return regex.count(text);
    }

    /** Slant's scanner with one reused buffer and diagnostics, so that a scan allocates nothing per token. */
    static final class SlantScan {
        private final StructureBuffer buffer = new StructureBuffer();
        private final Diagnostics diagnostics = new Diagnostics(100);

        /**
         * Scans {@code text} into the reused buffer.
         *
         * @param text the text
         * @return the buffer, filled
         */
        StructureBuffer scan(String text) {
            diagnostics.clear();
            StructureScanner.standard().scan(text, buffer, diagnostics);
            return buffer;
        }
    }
}
