package dev.slant.benchmarks;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.actors.ActorAnalyzer;
import dev.slant.attribution.AttributionFinder;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.sentiment.ValenceBuffer;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import dev.slant.voice.VoiceMap;
import dev.slant.voice.VoiceSettings;
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
 * The analysis pipeline run up to each stage, with the default packs on the seed articles:
 * {@code structure} (the scan), {@code match} (+ phrase matching), {@code voice} (+ speech, scare
 * quotes and marker scopes), {@code attribution} (+ cues, sources, contents and speakers),
 * {@code sentiment} (+ the valence words and their rules), {@code actors} (+ actor mentions, and
 * the sentiment toward each actor with its evidence; the actor analysis scores the valence words
 * itself, so this row replaces the previous one's scoring rather than repeating it). A
 * stage's own cost is the difference between its time and the previous stage's; the full
 * analysis ({@link FullAnalysisBenchmark}) adds the terms and the report.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StagesBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StagesBenchmark {
    /** The last stage run. */
    @Param({"structure", "match", "voice", "attribution", "sentiment", "actors"})
    public String stage;

    private final StructureScanner scanner = StructureScanner.standard();
    private final StructureBuffer structure = new StructureBuffer();
    private final MatchBuffer matches = new MatchBuffer();
    private final Diagnostics diagnostics = new Diagnostics(100);
    private final VoiceMap voices = new VoiceMap(VoiceSettings.defaults());
    private final AttributionFinder attributions = new AttributionFinder();
    private final ValenceBuffer valence = new ValenceBuffer();
    private Lexicon lexicon;
    private ActorAnalyzer actors;
    private List<String> texts;
    private long inputBytes;
    private int depth;

    /** Compiles the default packs and reads the seeds, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        Analyzer analyzer = Slant.analyzer().build();
        lexicon = analyzer.lexicon();
        actors = analyzer.actors();
        texts = Inputs.texts("seeds");
        inputBytes = Inputs.utf8Bytes(texts);
        depth = List.of("structure", "match", "voice", "attribution", "sentiment", "actors").indexOf(stage);
        if (depth < 0) {
            throw new IllegalArgumentException("unknown stage: " + stage);
        }
    }

    /**
     * Runs every seed through the pipeline up to the stage.
     *
     * @param counter counts the bytes analysed
     * @param sink keeps the results alive
     */
    @Benchmark
    public void run(ByteCounter counter, Blackhole sink) {
        for (String text : texts) {
            diagnostics.clear();
            scanner.scan(text, structure, diagnostics);
            if (depth >= 1) {
                lexicon.match(structure, matches);
            }
            if (depth >= 2) {
                voices.prepare(structure, matches, lexicon);
            }
            if (depth >= 3) {
                attributions.find(structure, matches, lexicon, voices, diagnostics);
                sink.consume(attributions.size());
            }
            if (depth == 4) {
                actors.scorer().score(structure, valence);
                sink.consume(valence.textSum());
            }
            if (depth == 5) {
                sink.consume(actors.analyze(structure, matches, voices, attributions, List.of()));
            }
            sink.consume(structure.tokenCount());
        }
        counter.add(inputBytes);
    }
}
