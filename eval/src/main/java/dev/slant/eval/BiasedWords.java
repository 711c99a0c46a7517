package dev.slant.eval;

import dev.slant.text.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word-matching rule of the BABE biased-word figures. A word is compared in its normal form:
 * lower-cased (in the root locale), with the characters that are neither letters nor digits cut
 * from both ends ({@code "Gender} and {@code gender,} are both {@code gender}; inner hyphens and
 * apostrophes stay) and the typographic apostrophes {@code ’ ‘ ʼ} written as {@code '} (the
 * annotators typed {@code couldn't} where the sentence has {@code couldn’t}). A predicted phrase
 * counts as its words, split at white space, the way BABE's annotators' words are. Within one
 * sentence each normal form counts once, on either side.
 */
final class BiasedWords {
    private BiasedWords() {}

    /**
     * Returns a word's normal form.
     *
     * @param word a word as written
     * @return the normal form, empty when the word has no letter or digit
     */
    static String normalize(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return foldApostrophes(word.substring(start, end)).toLowerCase(Locale.ROOT);
    }

    private static String foldApostrophes(String word) {
        return word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    /**
     * Returns the normal forms of a sentence's gold words.
     *
     * @param biasedWords the annotators' words as listed
     * @return the normal forms, in order
     */
    static Set<String> goldWords(List<String> biasedWords) {
        Set<String> words = new LinkedHashSet<>();
        biasedWords.forEach(word -> addWords(word, words));
        return words;
    }

    /**
     * Returns the normal forms of the words of a sentence's predicted spans.
     *
     * @param text the sentence
     * @param spans the predicted spans
     * @return the normal forms, in order
     */
    static Set<String> predictedWords(String text, List<Span> spans) {
        Set<String> words = new LinkedHashSet<>();
        spans.forEach(span -> addWords(span.textOf(text), words));
        return words;
    }

    /**
     * Adds the normal forms of a phrase's words to a set, skipping empty ones.
     *
     * @param phrase a word or phrase
     * @param into the set
     * @return the set
     */
    static Set<String> addWords(String phrase, Set<String> into) {
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(phrase.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(phrase.charAt(i))) {
                i++;
            }
            String word = normalize(phrase.substring(start, i));
            if (!word.isEmpty()) {
                into.add(word);
            }
        }
        return into;
    }

    /**
     * Counts how many of a sentence's predicted words are gold words.
     *
     * @param gold the gold normal forms
     * @param predicted the predicted normal forms
     * @return the counts
     */
    static PrfCounts score(Set<String> gold, Set<String> predicted) {
        Set<String> both = new LinkedHashSet<>(predicted);
        both.retainAll(gold);
        return new PrfCounts(both.size(), predicted.size(), gold.size());
    }
}
