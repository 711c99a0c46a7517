package dev.slant.cli;

import dev.slant.lexicon.Category;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import dev.slant.text.Span;
import dev.slant.text.TextStructure;
import dev.slant.text.Token;
import dev.slant.text.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds candidates for new lexicon entries: word sequences of one to three words, not matched by
 * any pack, that occur near known labels, ranked by how often they do. Sequences do not start or
 * end with a function word, do not cross punctuation, and stay within a sentence.
 */
final class PhraseSuggester {
    /** Function words that start or end no candidate. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "as", "that", "this", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "has", "have", "had", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "not", "no", "there", "which", "who", "whom", "what", "when", "where", "will", "would",
            "can", "could", "may", "might", "also", "than", "then", "so", "if", "after", "before", "about", "into",
            "over", "under", "since", "while", "all", "some", "more", "most", "other", "such", "s", "against",
            "between", "during", "through", "without", "within", "including", "across", "among", "around", "near",
            "last", "first", "new", "many", "several", "further", "additional", "very", "only", "already", "still",
            "two", "three", "one", "said", "says", "say", "told", "do", "does", "did", "him", "them", "us", "me");

    private final int window;
    private final Map<String, Candidate> candidates = new HashMap<>();

    /** A candidate phrase: how often it stood near a label, and one place where it did. */
    private static final class Candidate {
        int count;
        String example;
    }

    PhraseSuggester(int window) {
        this.window = window;
    }

    /** Counts the candidates of one article. */
    void add(String articleId, TextStructure structure, ArticleReport report) {
        List<Token> tokens = structure.tokens();
        boolean[] covered = new boolean[tokens.size()];
        List<Integer> labelTokens = new ArrayList<>();
        int t = 0;
        for (Term term : report.terms()) {
            while (t < tokens.size() && tokens.get(t).span().end() <= term.span().start()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).span().start() < term.span().end(); k++) {
                covered[k] = true;
                if (term.entry().category() == Category.LABEL) {
                    labelTokens.add(k);
                }
            }
        }
        boolean[] near = new boolean[tokens.size()];
        for (int label : labelTokens) {
            for (int k = Math.max(0, label - window); k <= Math.min(tokens.size() - 1, label + window); k++) {
                near[k] = true;
            }
        }
        for (Span sentence : structure.sentences()) {
            addSentence(articleId, structure.text(), tokens, sentence, covered, near);
        }
    }

    private void addSentence(String articleId, String text, List<Token> tokens, Span sentence, boolean[] covered,
            boolean[] near) {
        int first = firstTokenAt(tokens, sentence.start());
        for (int start = first; start < tokens.size() && tokens.get(start).span().end() <= sentence.end(); start++) {
            for (int length = 1; length <= 3; length++) {
                int end = start + length;
                if (end > tokens.size() || tokens.get(end - 1).span().end() > sentence.end()) {
                    break;
                }
                if (!isCandidate(text, tokens, start, end, covered, near)) {
                    continue;
                }
                String phrase = words(text, tokens, start, end);
                Candidate candidate = candidates.computeIfAbsent(phrase, p -> new Candidate());
                candidate.count++;
                if (candidate.example == null) {
                    candidate.example = articleId + " " + tokens.get(start).span();
                }
            }
        }
    }

    private static boolean isCandidate(String text, List<Token> tokens, int start, int end, boolean[] covered,
            boolean[] near) {
        boolean isNear = false;
        for (int k = start; k < end; k++) {
            if (covered[k] || tokens.get(k).kind() != TokenKind.WORD) {
                return false;
            }
            isNear |= near[k];
        }
        return isNear && !isFunctionWord(text, tokens.get(start)) && !isFunctionWord(text, tokens.get(end - 1));
    }

    private static boolean isFunctionWord(String text, Token token) {
        return FUNCTION_WORDS.contains(token.textOf(text).toLowerCase(Locale.ROOT));
    }

    private static String words(String text, List<Token> tokens, int start, int end) {
        StringBuilder phrase = new StringBuilder();
        for (int k = start; k < end; k++) {
            phrase.append(k == start ? "" : " ").append(tokens.get(k).textOf(text).toLowerCase(Locale.ROOT));
        }
        return phrase.toString();
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns the most frequent candidates seen at least {@code minCount} times: phrase, count, example. */
    List<String[]> top(int limit, int minCount) {
        return candidates.entrySet().stream()
                .filter(e -> e.getValue().count >= minCount)
                .sorted(Comparator.<Map.Entry<String, Candidate>>comparingInt(e -> e.getValue().count).reversed()
                        .thenComparing(e -> -e.getKey().split(" ").length)
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new String[] {e.getKey(), Integer.toString(e.getValue().count), e.getValue().example})
                .toList();
    }
}
