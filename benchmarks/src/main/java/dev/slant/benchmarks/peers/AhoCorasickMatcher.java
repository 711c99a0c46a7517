package dev.slant.benchmarks.peers;

import java.util.List;
import org.ahocorasick.trie.Trie;

/**
 * Phrase matching with the Aho-Corasick automaton of {@code org.ahocorasick:ahocorasick}, the
 * usual library for many phrases at once: case-insensitive, whole words only, every emit counted
 * (overlapping occurrences included, as the library reports them by default).
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark.ahoCorasick
 * </pre>
 */
public final class AhoCorasickMatcher {
    private final Trie trie;

    /**
     * Builds the automaton.
     *
     * @param phrases the phrases to find, in any case
     */
    public AhoCorasickMatcher(List<String> phrases) {
        trie = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(phrases).build();
    }

    /**
     * Counts the phrase occurrences in {@code text}.
     *
     * @param text the text to search
     * @return the number of emits
     */
    public int count(String text) {
        return trie.parseText(text).size();
    }
}
