package dev.slant.benchmarks.peers;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Sentence sentiment with VADER, through its Java port
 * {@code com.github.apanimesh061:vader-sentiment-analyzer}, used as its README shows: one
 * {@link SentimentAnalyzer} per sentence, {@code analyze()}, then the {@code compound} polarity.
 *
 * <p>The port has no sentence splitter of its own, so the text is split with a simple regular
 * expression: after {@code .}, {@code !} or {@code ?} followed by white space, and at blank lines.
 * The port needs Lucene's analyzers (6.4.1, the version it is built against) and the log4j 1.2 API
 * on the class path; the benchmarks module supplies them.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SentenceBaselinesBenchmark.vaderSentences
 * </pre>
 */
public final class VaderPeer {
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");

    /** Creates the peer; the port loads its lexicon once, on first use. */
    public VaderPeer() {}

    /**
     * Scores every sentence of {@code text}.
     *
     * @param text the text
     * @return the sum of the sentences' compound scores, each in [-1, 1]
     */
    public double score(String text) {
        double sum = 0;
        for (String sentence : SENTENCE_BREAK.split(text)) {
            if (sentence.isBlank()) {
                continue;
            }
            try {
                SentimentAnalyzer analyzer = new SentimentAnalyzer(sentence);
                analyzer.analyze();
                sum += analyzer.getPolarity().get("compound");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sum;
    }
}
