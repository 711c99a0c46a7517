package dev.slant.benchmarks.peers;

import java.util.List;
import java.util.Locale;

/**
 * Phrase matching with {@link String#indexOf(String, int)}: the text is lower-cased once per
 * call ({@link Locale#ROOT}), then every phrase is searched for in turn and a hit counts when no
 * letter or digit touches it on either side. Occurrences of different phrases may overlap.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark.indexOfPerPhrase
 * </pre>
 */
public final class IndexOfMatcher {
    private final String[] phrases;

    /**
     * Keeps the phrases, lower-cased.
     *
     * @param phrases the phrases to find, in any case
     */
    public IndexOfMatcher(List<String> phrases) {
        this.phrases = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /**
     * Counts the whole-word phrase occurrences in {@code text}.
     *
     * @param text the text to search
     * @return how many occurrences of any phrase there are
     */
    public int count(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        for (String phrase : phrases) {
            int at = lower.indexOf(phrase);
            while (at >= 0) {
                int end = at + phrase.length();
                if (isBoundary(lower, at - 1) && isBoundary(lower, end)) {
                    count++;
                }
                at = lower.indexOf(phrase, at + 1);
            }
        }
        return count;
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
