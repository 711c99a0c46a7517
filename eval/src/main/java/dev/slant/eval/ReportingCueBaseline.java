package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.report.ArticleReport;
import dev.slant.text.Quotation;
import dev.slant.text.Span;
import dev.slant.text.TextStructure;
import dev.slant.text.Token;
import dev.slant.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A baseline attribution finder, so that the PolNeAR figures exist before Slant has an
 * attribution layer; it is not that layer. Every match of a reporting cue (category
 * {@code report-verb} of the analyzer's packs, by default {@code reporting-verbs/en} alone) is an
 * attribution:
 * <ul>
 *   <li>source: the words right before the cue, back to a punctuation mark or a clause word
 *       ("that", "and", "who"...), at most six, skipping auxiliaries ("has", "had", "also");
 *       failing that, a capitalised name or a pronoun right after the cue ("said Smith", "said
 *       he"); otherwise none;</li>
 *   <li>content: a quotation that closes just before the source or opens just after the cue
 *       (its words without the marks); otherwise the rest of the sentence after the cue; and when
 *       the cue ends its sentence, the sentence before the source.</li>
 * </ul>
 */
public final class ReportingCueBaseline implements AttributionPredictor {
    private static final int MAX_SOURCE_WORDS = 6;
    /** Tokens a quotation may sit away from the source or cue and still be its content. */
    private static final int QUOTE_REACH = 2;
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "or", "which", "who", "whom",
            "when", "while", "as", "because", "if", "since", "although", "though", "where", "after", "before",
            "so", "than", "what", "to", "of", "in", "on", "at", "for", "with", "by", "from");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "is", "was", "were", "are",
            "will", "would", "could", "may", "might", "did", "does", "do", "not", "never", "later", "then",
            "previously", "repeatedly", "recently", "once", "again", "often", "publicly", "reportedly");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");

    private final Analyzer analyzer;

    /**
     * Finds cues with an analyzer's {@code report-verb} terms.
     *
     * @param analyzer the analyzer
     */
    public ReportingCueBaseline(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * The baseline with the bundled {@code reporting-verbs/en} pack alone.
     *
     * @return the baseline
     */
    public static ReportingCueBaseline withBundledCues() {
        return new ReportingCueBaseline(Slant.analyzer().defaults(false).lexicon("reporting-verbs/en").build());
    }

    @Override
    public List<PredictedAttribution> predict(String text) {
        ArticleReport report = analyzer.analyze(text);
        TextStructure structure = analyzer.structure(text);
        List<Token> tokens = structure.tokens();
        List<Span> sentences = structure.sentences();
        List<PredictedAttribution> found = new ArrayList<>();
        int lastCueEnd = -1;
        for (int i = 0; i < report.termCount(); i++) {
            if (report.termEntry(i).category() != Category.REPORT_VERB || report.termStart(i) < lastCueEnd) {
                continue;
            }
            Span cue = new Span(report.termStart(i), report.termEnd(i));
            lastCueEnd = cue.end();
            int first = tokenAt(tokens, cue.start());
            int last = tokenAt(tokens, cue.end() - 1);
            Span sentence = containing(sentences, cue.start(), text.length());
            Span source = sourceBefore(text, tokens, first, sentence);
            if (source == null) {
                source = sourceAfter(text, tokens, last, sentence);
            }
            int anchor = source != null && source.end() <= cue.start() ? tokenAt(tokens, source.start()) : first;
            Span content = quotationNear(structure.quotations(), tokens, anchor, last);
            if (content == null) {
                content = restOfSentence(tokens, last, sentence, source);
            }
            if (content == null) {
                content = sentenceBefore(tokens, anchor, sentence);
            }
            if (content == null) {
                continue;
            }
            found.add(new PredictedAttribution(cue.start(), cue.end(),
                    source == null ? -1 : source.start(), source == null ? -1 : source.end(),
                    content.start(), content.end()));
        }
        return found;
    }

    private static Span sourceBefore(String text, List<Token> tokens, int cueToken, Span sentence) {
        int t = cueToken - 1;
        while (t >= 0 && inside(tokens.get(t), sentence) && AUXILIARIES.contains(word(text, tokens.get(t)))) {
            t--;
        }
        int end = t;
        int words = 0;
        while (t >= 0 && words < MAX_SOURCE_WORDS && inside(tokens.get(t), sentence)
                && tokens.get(t).kind().isWordLike() && !CLAUSE_WORDS.contains(word(text, tokens.get(t)))) {
            t--;
            words++;
        }
        if (words == 0) {
            return null;
        }
        return new Span(tokens.get(t + 1).span().start(), tokens.get(end).span().end());
    }

    private static Span sourceAfter(String text, List<Token> tokens, int cueToken, Span sentence) {
        int t = cueToken + 1;
        if (t >= tokens.size() || !inside(tokens.get(t), sentence) || tokens.get(t).kind() != TokenKind.WORD) {
            return null;
        }
        if (PRONOUNS.contains(word(text, tokens.get(t)))) {
            return tokens.get(t).span();
        }
        int end = t;
        while (end < tokens.size() && inside(tokens.get(end), sentence) && tokens.get(end).kind() == TokenKind.WORD
                && Character.isUpperCase(text.charAt(tokens.get(end).span().start()))) {
            end++;
        }
        return end == t ? null : new Span(tokens.get(t).span().start(), tokens.get(end - 1).span().end());
    }

    /** A quotation closing within reach before {@code from}, else one opening within reach after {@code to}. */
    private static Span quotationNear(List<Quotation> quotations, List<Token> tokens, int from, int to) {
        int before = from > QUOTE_REACH ? tokens.get(from - QUOTE_REACH - 1).span().start() : 0;
        int after = to + QUOTE_REACH + 1 < tokens.size() ? tokens.get(to + QUOTE_REACH + 1).span().end() : Integer.MAX_VALUE;
        int fromStart = tokens.get(from).span().start();
        int toEnd = tokens.get(to).span().end();
        for (Quotation quotation : quotations) {
            if (quotation.depth() == 0 && quotation.span().end() <= fromStart && quotation.span().end() >= before) {
                return quotation.content();
            }
        }
        for (Quotation quotation : quotations) {
            if (quotation.depth() == 0 && quotation.span().start() >= toEnd && quotation.span().start() <= after) {
                return quotation.content();
            }
        }
        return null;
    }

    private static Span restOfSentence(List<Token> tokens, int cueToken, Span sentence, Span source) {
        int t = cueToken + 1;
        if (source != null && t < tokens.size() && tokens.get(t).span().start() == source.start()) {
            t = tokenAt(tokens, source.end() - 1) + 1;
        }
        int first = -1;
        int last = -1;
        for (; t < tokens.size() && inside(tokens.get(t), sentence); t++) {
            if (tokens.get(t).kind().isWordLike()) {
                if (first < 0) {
                    first = t;
                }
                last = t;
            }
        }
        return first < 0 ? null : new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    private static Span sentenceBefore(List<Token> tokens, int anchor, Span sentence) {
        int first = -1;
        int last = -1;
        for (int t = anchor - 1; t >= 0 && inside(tokens.get(t), sentence); t--) {
            if (tokens.get(t).kind().isWordLike()) {
                if (last < 0) {
                    last = t;
                }
                first = t;
            }
        }
        return first < 0 ? null : new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    private static String word(String text, Token token) {
        return token.span().textOf(text).toLowerCase(Locale.ROOT);
    }

    private static boolean inside(Token token, Span sentence) {
        return token.span().start() >= sentence.start() && token.span().end() <= sentence.end();
    }

    /** The index of the token holding a character, or of the last token before it. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tokens.get(mid).span().start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static Span containing(List<Span> sentences, int offset, int textLength) {
        for (Span sentence : sentences) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                return sentence;
            }
        }
        return new Span(0, textLength);
    }

    @Override
    public String toString() {
        return "reporting-cue baseline (not an attribution layer)";
    }
}
