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
import java.util.function.IntUnaryOperator;

/**
 * A baseline attribution finder, so that the PolNeAR figures exist before Slant has an
 * attribution layer; it is not that layer. Every match of a reporting cue (category
 * {@code report-verb} of the analyzer's packs, by default {@code reporting-verbs/en} alone) is an
 * attribution, unless it reads as a noun or a name (after an article, a possessive or a preposition,
 * or capitalised inside a sentence: "the report", "United States"), follows "I", "you", "we" or a
 * negation, or is a verb of thought ("think", "know", "believe", "hear"):
 * <ul>
 *   <li>cue: the match, with the auxiliaries and adverbs right before it ("has said", "also
 *       said") and a colon right after it;</li>
 *   <li>source: the words right before the cue, back to a punctuation mark or a clause word
 *       ("that", "and", "who"...), at most six, running over the periods of short titles ("Mr.");
 *       across an apposition set off by commas ("Peskov, the Kremlin spokesman, said"); failing
 *       that, the words right after the cue when they are a pronoun ("said he"), a name or an
 *       article's phrase closed by punctuation ("said a senior official."), or any phrase after
 *       "according to"; for a participle after a comma (", adding") the previous attribution's
 *       source in the same sentence; otherwise none;</li>
 *   <li>content: a quotation, with its marks, that closes just before the source or opens just
 *       after the cue (both as one span when the attribution splits a quotation); otherwise the
 *       rest of the sentence after the cue; and when the cue ends its sentence, the sentence
 *       before the source.</li>
 * </ul>
 */
public final class ReportingCueBaseline implements AttributionPredictor {
    private static final int MAX_SOURCE_WORDS = 6;
    /** How far back, in tokens, the comma opening an apposition before the cue may be. */
    private static final int MAX_APPOSITION_TOKENS = 16;
    /** Tokens a quotation may sit away from the source or cue and still be its content. */
    private static final int QUOTE_REACH = 2;
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "or", "which", "who", "whom",
            "when", "while", "as", "because", "if", "since", "although", "though", "where", "after", "before",
            "so", "than", "what", "to", "of", "in", "on", "at", "for", "with", "by", "from");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "is", "was", "were", "are",
            "will", "would", "could", "may", "might", "did", "does", "do", "not", "never", "later", "then",
            "previously", "repeatedly", "recently", "once", "again", "often", "publicly", "reportedly");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    /**
     * Verbs of thought and perception that the reporting pack lists but that news attribution
     * rarely uses to introduce a source ("I think", "we know", "he heard").
     */
    private static final Set<String> THOUGHT_VERBS = Set.of("think", "thinks", "thought", "thinking", "know", "knows",
            "knew", "knowing", "hope", "hopes", "hoped", "hoping", "believe", "believes", "believed", "believing", "hear",
            "hears", "heard", "hearing", "wonder", "wonders", "wondered");
    /** Words before which a cue is part of someone's own speech or a non-report ("I tell", "not know"). */
    private static final Set<String> NON_REPORT_MARKERS = Set.of("i", "you", "we", "not", "n't", "don't", "didn't",
            "doesn't", "can't", "won't", "'s", "’s");
    /** Words before which a cue is a noun ("the report", "of state"), not a reporting verb. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "no", "any", "every", "each", "some", "such", "of", "in", "on", "for",
            "with", "by", "from", "about", "at", "into", "united");

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
        List<Quotation> outer = structure.quotations().stream().filter(q -> q.depth() == 0).toList();
        List<PredictedAttribution> found = new ArrayList<>();
        int lastCueEnd = 0;
        for (int i = 0; i < report.termCount(); i++) {
            if (report.termEntry(i).category() != Category.REPORT_VERB || report.termStart(i) < lastCueEnd) {
                continue;
            }
            int first = tokenAt(tokens, report.termStart(i));
            if (isNotAReport(text, tokens, first) || THOUGHT_VERBS.contains(word(text, tokens.get(first)))) {
                continue;
            }
            int last = tokenAt(tokens, report.termEnd(i) - 1);
            Span sentence = containing(sentences, report.termStart(i), text.length());
            first = withAuxiliaries(text, tokens, first, new Span(Math.max(sentence.start(), lastCueEnd), sentence.end()));
            if (last + 1 < tokens.size() && inside(tokens.get(last + 1), sentence)
                    && isPunctuation(text, tokens.get(last + 1), ':')) {
                last++;
            }
            Span cue = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
            Span source = source(text, tokens, first, last, sentence, lastCueEnd, found);
            lastCueEnd = cue.end();
            Span content = content(tokens, outer, first, last, sentence, source);
            if (content == null) {
                continue;
            }
            found.add(new PredictedAttribution(cue.start(), cue.end(),
                    source == null ? -1 : source.start(), source == null ? -1 : source.end(),
                    content.start(), content.end()));
        }
        return found;
    }

    /** Moves a cue's first token back over the auxiliaries and adverbs right before it ("has also said"). */
    private static int withAuxiliaries(String text, List<Token> tokens, int first, Span reach) {
        while (first > 0 && inside(tokens.get(first - 1), reach) && AUXILIARIES.contains(word(text, tokens.get(first - 1)))) {
            first--;
        }
        return first;
    }

    /**
     * The source of a cue by the rules of the class comment, or null; the words before the cue are
     * read back to the end of the previous cue at most.
     */
    private static Span source(String text, List<Token> tokens, int first, int last, Span sentence, int lastCueEnd,
            List<PredictedAttribution> found) {
        Span before = new Span(Math.max(sentence.start(), lastCueEnd), sentence.end());
        Span source = word(text, tokens.get(last)).equals("to") ? null : sourceBefore(text, tokens, first, before);
        if (source == null) {
            source = sourceAfter(text, tokens, last, sentence);
        }
        if (source == null && isParticipleAfterComma(text, tokens, first) && !found.isEmpty()) {
            PredictedAttribution previous = found.get(found.size() - 1);
            if (previous.hasSource() && previous.cueEnd() > sentence.start()) {
                source = new Span(previous.sourceStart(), previous.sourceEnd());
            }
        }
        return source;
    }

    /** The content of a cue by the rules of the class comment, or null when the sentence has no words left. */
    private static Span content(List<Token> tokens, List<Quotation> outer, int first, int last, Span sentence,
            Span source) {
        int anchor = source != null && source.end() <= tokens.get(first).span().start()
                ? tokenAt(tokens, source.start()) : first;
        Span content = quotationNear(outer, tokens, anchor, last);
        if (content == null) {
            content = restOfSentence(tokens, last, sentence, source);
        }
        return content != null ? content : sentenceBefore(tokens, anchor, sentence);
    }

    /**
     * Whether a cue reads as a noun or a name (capitalised inside a sentence, "United States"; after
     * a determiner, a possessive or a preposition, "the report", "of state") or as no report ("I
     * tell you", "did not answer").
     */
    private static boolean isNotAReport(String text, List<Token> tokens, int cueToken) {
        if (cueToken == 0) {
            return false;
        }
        Token previous = tokens.get(cueToken - 1);
        boolean capitalised = Character.isUpperCase(text.charAt(tokens.get(cueToken).span().start()));
        String before = word(text, previous);
        return (capitalised && previous.kind() == TokenKind.WORD) || NOUN_MARKERS.contains(before)
                || NON_REPORT_MARKERS.contains(before);
    }

    private static Span sourceBefore(String text, List<Token> tokens, int cueToken, Span sentence) {
        int t = cueToken;
        if (t > 1 && inside(tokens.get(t - 1), sentence) && isPunctuation(text, tokens.get(t - 1), ',')) {
            // "Peskov, the Kremlin spokesman, said": the name before the apposition.
            int comma = t - 2;
            while (comma >= 0 && t - comma <= MAX_APPOSITION_TOKENS && inside(tokens.get(comma), sentence)
                    && !isPunctuation(text, tokens.get(comma), ',')) {
                comma--;
            }
            if (comma < 0 || t - comma > MAX_APPOSITION_TOKENS || !inside(tokens.get(comma), sentence)) {
                return null;
            }
            t = comma;
        }
        t--;
        while (t >= 0 && inside(tokens.get(t), sentence) && AUXILIARIES.contains(word(text, tokens.get(t)))) {
            t--;
        }
        int end = t;
        int words = 0;
        while (t >= 0 && words < MAX_SOURCE_WORDS && inside(tokens.get(t), sentence)) {
            Token token = tokens.get(t);
            if (token.kind().isWordLike() && !CLAUSE_WORDS.contains(word(text, token))) {
                words++;
            } else if (!(words > 0 && t > 0 && isTitlePeriod(text, token, tokens.get(t - 1)))) {
                break;
            }
            t--;
        }
        if (words == 0) {
            return null;
        }
        return new Span(tokens.get(t + 1).span().start(), tokens.get(end).span().end());
    }

    /**
     * The words right after the cue, up to a punctuation mark or a clause word, at most
     * {@link #MAX_SOURCE_WORDS}: a pronoun ("said he"), or a phrase with a capitalised word or
     * opened by an article ("said 9/11 widow Terry Strada", "said a senior official"); after a cue
     * ending in "to" ("according to") any such phrase.
     */
    private static Span sourceAfter(String text, List<Token> tokens, int cueToken, Span sentence) {
        int t = cueToken + 1;
        if (t >= tokens.size() || !inside(tokens.get(t), sentence) || !tokens.get(t).kind().isWordLike()) {
            return null;
        }
        String next = word(text, tokens.get(t));
        if (PRONOUNS.contains(next)) {
            return tokens.get(t).span();
        }
        boolean afterTo = word(text, tokens.get(cueToken)).equals("to");
        boolean article = next.equals("a") || next.equals("an") || next.equals("the");
        boolean capitalised = false;
        int end = t;
        while (end < tokens.size() && end - t < MAX_SOURCE_WORDS && inside(tokens.get(end), sentence)
                && tokens.get(end).kind().isWordLike()
                && (end == t || !CLAUSE_WORDS.contains(word(text, tokens.get(end))))) {
            capitalised |= Character.isUpperCase(text.charAt(tokens.get(end).span().start()));
            end++;
        }
        // "said the official." names a speaker; "said the states were wrong" starts the content.
        boolean closed = end >= tokens.size() || !inside(tokens.get(end), sentence)
                || tokens.get(end).kind() == TokenKind.PUNCTUATION;
        return afterTo || ((capitalised || article) && closed)
                ? new Span(tokens.get(t).span().start(), tokens.get(end - 1).span().end()) : null;
    }

    /**
     * A quotation, with its marks, closing within reach before {@code from} or opening within reach
     * after {@code to}, or both as one span when the attribution splits a quotation; found by
     * binary search, the outermost quotations being ordered and disjoint.
     */
    private static Span quotationNear(List<Quotation> outer, List<Token> tokens, int from, int to) {
        int before = from > QUOTE_REACH ? tokens.get(from - QUOTE_REACH - 1).span().start() : 0;
        int after = to + QUOTE_REACH + 1 < tokens.size() ? tokens.get(to + QUOTE_REACH + 1).span().end() : Integer.MAX_VALUE;
        int closing = lastAtOrBefore(outer.size(), q -> outer.get(q).span().end(), tokens.get(from).span().start());
        int toEnd = tokens.get(to).span().end();
        int opening = lastAtOrBefore(outer.size(), q -> outer.get(q).span().start(), toEnd - 1) + 1;
        Span closes = closing >= 0 && outer.get(closing).span().end() >= before ? outer.get(closing).span() : null;
        Span opens = opening < outer.size() && outer.get(opening).span().start() <= after ? outer.get(opening).span() : null;
        if (closes != null && opens != null) {
            // A quotation split by its attribution: '"...," he said. "..."'.
            return new Span(closes.start(), opens.end());
        }
        return closes != null ? closes : opens;
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

    /** A cue such as ", adding" or ", accusing", whose speaker is the last one named in the sentence. */
    private static boolean isParticipleAfterComma(String text, List<Token> tokens, int cueToken) {
        String cue = word(text, tokens.get(cueToken));
        return cueToken > 0 && cue.endsWith("ing") && isPunctuation(text, tokens.get(cueToken - 1), ',');
    }

    /** The period of a short capitalised title or initial ("Mr.", "Gov.", "J."), which a name runs over. */
    private static boolean isTitlePeriod(String text, Token token, Token before) {
        return token.span().length() == 1 && text.charAt(token.span().start()) == '.' && before.kind() == TokenKind.WORD
                && before.span().length() <= 3 && before.span().end() == token.span().start()
                && Character.isUpperCase(text.charAt(before.span().start()));
    }

    private static boolean isPunctuation(String text, Token token, char mark) {
        return token.span().length() == 1 && text.charAt(token.span().start()) == mark;
    }

    private static String word(String text, Token token) {
        return token.span().textOf(text).toLowerCase(Locale.ROOT);
    }

    private static boolean inside(Token token, Span sentence) {
        return token.span().start() >= sentence.start() && token.span().end() <= sentence.end();
    }

    /** The index of the token holding a character, or of the last token before it. */
    private static int tokenAt(List<Token> tokens, int offset) {
        return Math.max(0, lastAtOrBefore(tokens.size(), i -> tokens.get(i).span().start(), offset));
    }

    private static Span containing(List<Span> sentences, int offset, int textLength) {
        int index = lastAtOrBefore(sentences.size(), i -> sentences.get(i).start(), offset);
        return index >= 0 && offset < sentences.get(index).end() ? sentences.get(index) : new Span(0, textLength);
    }

    /** The last index in [0, size) whose key, non-decreasing in the index, is at most {@code value}; -1 if none. */
    private static int lastAtOrBefore(int size, IntUnaryOperator key, int value) {
        int low = 0;
        int high = size - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (key.applyAsInt(mid) <= value) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "reporting-cue baseline (not an attribution layer)";
    }
}
