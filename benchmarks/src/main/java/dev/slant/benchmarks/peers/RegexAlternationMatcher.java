package dev.slant.benchmarks.peers;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Phrase matching as a researcher would first write it: one regular expression
 * {@code (?iu)\b(?:p1|p2|...)\b} with every phrase quoted, longest first so that the longest
 * phrase wins at a position, and a count of {@link Matcher#find()} hits (non-overlapping).
 *
 * <p>Java's regex engine tries the alternatives one after another at each word boundary, so the
 * cost grows with the number of phrases. Compiling 100,000 alternatives needs a deep stack: run
 * with {@code -Xss16m}, as {@code MatchingBenchmark} does.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark.regexAlternation
 * </pre>
 */
public final class RegexAlternationMatcher {
    private final Pattern pattern;

    /**
     * Compiles the phrases into one pattern.
     *
     * @param phrases the phrases to find, in any case
     */
    public RegexAlternationMatcher(List<String> phrases) {
        String alternation = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?iu)\\b(?:" + alternation + ")\\b");
    }

    /**
     * Counts the phrase occurrences in {@code text}.
     *
     * @param text the text to search
     * @return how many non-overlapping whole-word matches there are
     */
    public int count(String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
