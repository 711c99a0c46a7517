package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Lexicons;
import dev.slant.text.Diagnostics;
import dev.slant.text.Span;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores sentiment from word valence with VADER's rules over Slant's own text structure: the
 * valence of each sentence, and the sentiment toward a span with the words behind it.
 *
 * <p>Valence words come from packs of the category {@code sentiment} ({@code valence/afinn},
 * {@code valence/vader} and their news usage, {@code valence/news}, by default), compiled into a
 * lexicon of their own rather than into the analyzer's term lexicon. That keeps one file format,
 * one validator and one phrase matcher for every word list, while thousands of everyday words ("good",
 * "support") never crowd an article's terms and scores; the cost is a second matching pass over the
 * tokens, linear in the text and independent of the packs' size.
 *
 * <p>The rules, each applied within a clause (clauses end at {@code , ; :} dashes, brackets,
 * quotation marks and conjunctions such as "but", "although", "that", "which"):
 * <ul>
 *   <li>a negator ("not", "never", "no", any "n't") up to {@link SentimentSettings#negationScope()}
 *       words before a valence word multiplies it by {@link SentimentSettings#negationFactor()};</li>
 *   <li>an intensifier ("very", "extremely") raises it, a dampener ("slightly", "barely") lowers it,
 *       less so the further away they stand;</li>
 *   <li>a word in capitals in a sentence that is not all capitals gains magnitude;</li>
 *   <li>"but" (or "however") makes the words after it weigh more than the words before it, in its sentence.</li>
 * </ul>
 * Modifier words carry no valence of their own. A scorer is immutable and thread-safe.
 */
public final class SentimentScorer {
    /**
     * How many tokens away from a target a word may stand and still count: beyond it a word would
     * weigh under a tenth, and the bound keeps the cost per target constant in a text without
     * sentence ends.
     */
    public static final int MAX_REACH = 50;
    /** How many tokens (punctuation and symbols included) the rules look back for a modifier. */
    private static final int MAX_MODIFIER_TOKENS = 12;

    private final Lexicon valence;
    private final SentimentSettings settings;
    private final double[] groupValence;

    /**
     * Creates a scorer from a lexicon of sentiment entries; entries of other categories are ignored.
     *
     * @param valence a compiled lexicon whose {@code sentiment} entries give word valence
     * @param settings the rule constants and thresholds
     */
    public SentimentScorer(Lexicon valence, SentimentSettings settings) {
        this.valence = checkNotNull(valence, "valence");
        this.settings = checkNotNull(settings, "settings");
        this.groupValence = groupValences(valence);
    }

    /** The valence of each match group: its sentiment entry's, or 0 when it has none. */
    private static double[] groupValences(Lexicon lexicon) {
        double[] values = new double[lexicon.groupCount()];
        for (int group = 0; group < values.length; group++) {
            for (int k = 0; k < lexicon.groupSize(group); k++) {
                LexiconEntry entry = lexicon.entry(lexicon.groupEntryId(group, k));
                if (entry.category() == Category.SENTIMENT) {
                    values[group] = entry.valence();
                    break;
                }
            }
        }
        return values;
    }

    /**
     * Returns a scorer over the bundled valence packs, {@code valence/afinn} then {@code valence/vader}
     * (VADER's rating wins where both rate a word) then {@code valence/news} (their news usage), or
     * over no words at all when no provider offers them.
     *
     * @param settings the rule constants and thresholds
     * @return the scorer
     */
    public static SentimentScorer bundled(SentimentSettings settings) {
        List<LexiconPack> packs = new ArrayList<>();
        for (String name : DEFAULT_PACKS) {
            if (Lexicons.available().contains(name)) {
                packs.add(Lexicons.load(name));
            }
        }
        return new SentimentScorer(Lexicon.compile(packs), settings);
    }

    /** The valence packs a scorer uses unless told otherwise, in composition order. */
    public static final List<String> DEFAULT_PACKS = List.of("valence/afinn", "valence/vader", "valence/news");

    /**
     * Returns the rule constants and thresholds.
     *
     * @return the settings
     */
    public SentimentSettings settings() {
        return settings;
    }

    /**
     * Finds the valence words of a scanned text and applies the rules, into {@code out}.
     *
     * @param text a scanned text
     * @param out receives the evidence, replacing what it held
     */
    public void score(StructureBuffer text, ValenceBuffer out) {
        out.reset(text);
        markClauses(text, out);
        valence.match(text, out.matches);
        int sentence = 0;
        int sentences = text.sentenceCount();
        for (int m = 0; m < out.matches.count(); m++) {
            int first = out.matches.firstToken(m);
            while (sentence < sentences && text.sentenceEndToken(sentence) <= first) {
                out.sentenceFirstEvidence[++sentence] = out.evidenceCount;
            }
            double base = groupValence[out.matches.group(m)];
            int end = out.matches.endToken(m);
            if (base == 0 || end - first == 1 && WordRules.isModifier(text, first)) {
                continue;
            }
            double value = applyRules(text, out, first, base);
            int contrast = sentence < sentences ? out.sentenceContrast[sentence] : -1;
            if (contrast >= 0) {
                value *= first < contrast ? settings.beforeContrast() : settings.afterContrast();
            }
            out.addEvidence(first, end, value,
                    text.innermostQuotation(text.tokenStart(first), text.tokenEnd(end - 1)));
            if (sentence < sentences) {
                out.sentenceSum[sentence] += value;
            }
            out.textSum += value;
        }
        while (sentence < sentences) {
            out.sentenceFirstEvidence[++sentence] = out.evidenceCount;
        }
    }

    /** Numbers the clauses of every token, and finds the contrast word ("but") of each sentence. */
    private static void markClauses(StructureBuffer text, ValenceBuffer out) {
        int clause = 0;
        for (int s = 0; s < text.sentenceCount(); s++) {
            clause++;
            out.sentenceFirstEvidence[s] = 0;
            out.sentenceContrast[s] = -1;
            for (int t = text.sentenceFirstToken(s); t < text.sentenceEndToken(s); t++) {
                if (WordRules.isClauseBoundary(text, t)) {
                    clause++;
                    if (out.sentenceContrast[s] < 0 && WordRules.isContrast(text, t)) {
                        out.sentenceContrast[s] = t;
                    }
                }
                out.tokenClause[t] = clause;
            }
        }
        for (int t = text.sentenceCount() == 0 ? 0 : text.sentenceEndToken(text.sentenceCount() - 1);
                t < text.tokenCount(); t++) {
            out.tokenClause[t] = clause;
        }
        out.sentenceFirstEvidence[0] = 0;
    }

    /** The valence of the word at {@code first} after the modifiers before it in its clause. */
    private double applyRules(StructureBuffer text, ValenceBuffer out, int first, double base) {
        double value = base;
        boolean negated = false;
        int clause = out.tokenClause[first];
        int words = 0;
        int stop = Math.max(-1, first - 1 - MAX_MODIFIER_TOKENS);
        for (int t = first - 1; t > stop && words < settings.negationScope() && out.tokenClause[t] == clause; t--) {
            if (!text.tokenKind(t).isWordLike()) {
                continue;
            }
            words++;
            double reach = 1 - 0.05 * (words - 1); // VADER: 1, 0.95, 0.9 by distance
            if (WordRules.isNegator(text, t)) {
                negated = true;
            } else if (WordRules.isIntensifier(text, t)) {
                value *= 1 + settings.intensifierBoost() * reach;
            } else if (WordRules.isDampener(text, t)) {
                value *= 1 - settings.dampenerCut() * reach;
            }
        }
        if (WordRules.isAllCaps(text, first) && !sentenceAllCaps(text, first)) {
            value += Math.signum(value) * settings.capsBoost();
        }
        return negated ? value * settings.negationFactor() : value;
    }

    /** Tells whether the words around {@code t} are capitals too, as in a shouted headline (up to 8 each side). */
    private static boolean sentenceAllCaps(StructureBuffer text, int t) {
        int from = Math.max(0, t - 8);
        int to = Math.min(text.tokenCount(), t + 9);
        for (int i = from; i < to; i++) {
            if (i != t && text.tokenKind(i) == TokenKind.WORD && !WordRules.isAllCaps(text, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the valence of sentence {@code s}, in [-1, 1].
     *
     * @param scored a buffer filled by {@link #score}
     * @param s a sentence index
     * @return the normalised sum of the sentence's valences
     */
    public double sentenceScore(ValenceBuffer scored, int s) {
        return settings.normaliseText(scored.sentenceSum(s));
    }

    /**
     * Returns the valence of a whole text, in [-1, 1]: every sentence's valences summed, then normalised.
     *
     * @param scored a buffer filled by {@link #score}
     * @return the text's valence
     */
    public double textScore(ValenceBuffer scored) {
        return settings.normaliseText(scored.textSum());
    }

    /**
     * Scores a short text on its own, such as one sentence: a convenience that allocates its buffers.
     *
     * @param text any text
     * @return its valence in [-1, 1]
     */
    public double textScore(String text) {
        return textScore(scoreAlone(text, new StructureBuffer()));
    }

    /**
     * Scans a short text on its own into {@code structure} and scores it into a new buffer: for
     * one sentence at a time, not for a stream of articles.
     */
    ValenceBuffer scoreAlone(String text, StructureBuffer structure) {
        StructureScanner.standard().scan(checkNotNull(text, "text"), structure, new Diagnostics(1));
        ValenceBuffer buffer = new ValenceBuffer();
        score(structure, buffer);
        return buffer;
    }

    /**
     * Scores the sentiment toward the characters {@code [start, end)} of a scored text. A span
     * out of range, empty, cutting a word or holding no token gives a neutral result with its
     * problem, never an exception.
     *
     * @param text the scanned text
     * @param scored the buffer {@link #score} filled for it
     * @param start the target's first character
     * @param end the target's end, exclusive
     * @return the label, score and evidence
     */
    public TargetSentiment target(StructureBuffer text, ValenceBuffer scored, int start, int end) {
        Target span = new Target(start, end);
        if (start < 0 || end < start) {
            return TargetSentiment.invalid(span,
                    "target start must be at least 0 and at most its end: start=" + start + ", end=" + end);
        }
        int length = text.text().length();
        if (end > length) {
            return TargetSentiment.invalid(span, "target end " + end + " is beyond the text's " + length
                    + " characters");
        }
        if (start == end) {
            return TargetSentiment.invalid(span, "target is empty");
        }
        int first = Tokens.firstEndingAfter(text, start);
        int last = Tokens.lastStartingBefore(text, end);
        if (first < 0 || last < first) {
            return TargetSentiment.invalid(span, "target holds no token");
        }
        if (text.tokenStart(first) < start || text.tokenEnd(last) > end && !isPossessiveEnding(text, last, end)) {
            return TargetSentiment.invalid(span, "target cuts a word: it must start and end at token boundaries");
        }
        List<Evidence> evidence = new ArrayList<>();
        double[] sum = {0};
        CharSequence chars = text.text();
        evidence(text, scored, first, last + 1, (from, to, contribution) -> {
            int s = text.tokenStart(from);
            int e = text.tokenEnd(to - 1);
            evidence.add(new Evidence(new Span(s, e), chars.subSequence(s, e).toString(), contribution));
            sum[0] += contribution;
        });
        double score = settings.normalise(sum[0]);
        return new TargetSentiment(span, settings.labelOf(score), score, evidence, Optional.empty());
    }

    /**
     * Sends the evidence toward the tokens {@code [first, end)} to {@code sink}, without
     * allocating: every valence word of the target's sentence within {@link #MAX_REACH} tokens, weighted by its distance in tokens,
     * whether it shares the target's clause, and simple syntax: words right after a possessive
     * target ("Putin's brutal war"), words after a target that opens its clause (the target as a
     * subject), and "against" right before the target.
     *
     * @param text the scanned text
     * @param scored the buffer {@link #score} filled for it
     * @param first the target's first token
     * @param end the token after the target's last
     * @param sink receives each piece of evidence and its contribution
     */
    public void evidence(StructureBuffer text, ValenceBuffer scored, int first, int end, EvidenceSink sink) {
        evidence(text, scored, ValencedWords.NONE, first, end, sink);
    }

    /**
     * As {@link #evidence(StructureBuffer, ValenceBuffer, int, int, EvidenceSink)}, with other
     * valenced words (such as labels) weighed alike after the valence words; the rules of
     * negation and intensity do not apply to them.
     *
     * @param text the scanned text
     * @param scored the buffer {@link #score} filled for it
     * @param others further words with a valence, in text order
     * @param first the target's first token
     * @param end the token after the target's last
     * @param sink receives each piece of evidence and its contribution
     */
    public void evidence(StructureBuffer text, ValenceBuffer scored, ValencedWords others, int first, int end,
            EvidenceSink sink) {
        if (first < 0 || end > text.tokenCount() || first >= end) {
            return;
        }
        int sentence = Tokens.sentenceOf(text, first);
        if (sentence < 0) {
            return;
        }
        boolean possessive = isPossessive(text, end - 1);
        boolean subject = opensClause(text, scored, first);
        int quote = text.innermostQuotation(text.tokenStart(first), text.tokenEnd(end - 1));
        if (first > 0 && WordRules.isAgainst(text, first - 1) && settings.against() != 0) {
            sink.accept(first - 1, first, settings.against());
        }
        int last = scored.sentenceFirstEvidence(sentence + 1);
        for (int e = scored.firstEvidenceFrom(first - MAX_REACH, scored.sentenceFirstEvidence(sentence), last);
                e < last && scored.evidenceFirstToken(e) < end + MAX_REACH; e++) {
            int from = scored.evidenceFirstToken(e);
            int to = scored.evidenceEndToken(e);
            double contribution = weight(scored, first, end, from, to, possessive, subject,
                    scored.evidenceQuotation(e) == quote) * scored.evidenceValue(e);
            if (contribution != 0) {
                sink.accept(from, to, contribution);
            }
        }
        int sentenceStart = text.sentenceFirstToken(sentence);
        int stop = Math.min(text.sentenceEndToken(sentence), end + MAX_REACH);
        for (int w = others.firstFrom(Math.max(sentenceStart, first - MAX_REACH));
                w < others.count() && others.firstToken(w) < stop; w++) {
            int from = others.firstToken(w);
            int to = others.endToken(w);
            boolean sameVoice = others.quotation(w) == quote;
            double contribution = weight(scored, first, end, from, to, possessive, subject, sameVoice)
                    * others.valence(w);
            if (contribution != 0) {
                sink.accept(from, to, contribution);
            }
        }
    }

    private double weight(ValenceBuffer scored, int first, int end, int from, int to, boolean possessive,
            boolean subject, boolean sameVoice) {
        if (from < end && to > first) {
            return settings.insideWeight();
        }
        int distance = from >= end ? from - end + 1 : first - to + 1;
        double weight = settings.distanceDecay() / (settings.distanceDecay() + distance - 1);
        if (!sameVoice) {
            weight *= settings.otherVoiceWeight();
        }
        int clause = scored.clauseOf(from);
        if (clause < scored.clauseOf(first) || clause > scored.clauseOf(end - 1)) {
            return weight * settings.otherClauseWeight();
        }
        if (from >= end && possessive && distance <= 3) {
            return weight * settings.possessiveWeight();
        }
        if (from >= end && subject) {
            return weight * settings.subjectWeight();
        }
        return weight;
    }

    /** Tells whether {@code end} cuts token {@code t} just before its possessive ending: "Putin|'s". */
    private static boolean isPossessiveEnding(StructureBuffer text, int t, int end) {
        CharSequence chars = text.text();
        int tokenEnd = text.tokenEnd(t);
        return end > text.tokenStart(t) && (end == tokenEnd - 1 && TokenHash.isApostrophe(chars.charAt(end))
                || end == tokenEnd - 2 && TokenHash.isApostrophe(chars.charAt(end))
                && TokenHash.fold(chars.charAt(end + 1)) == 's');
    }

    /** "Putin's", "rebels'": the words after it belong to the target. */
    private static boolean isPossessive(StructureBuffer text, int t) {
        int start = text.tokenStart(t);
        int end = text.tokenEnd(t);
        CharSequence chars = text.text();
        return end - start > 2 && TokenHash.isApostrophe(chars.charAt(end - 1))
                || end - start > 2 && TokenHash.fold(chars.charAt(end - 1)) == 's'
                && TokenHash.isApostrophe(chars.charAt(end - 2));
    }

    /** The target opens its clause: nothing before it in the clause but determiners and title words. */
    private static boolean opensClause(StructureBuffer text, ValenceBuffer scored, int first) {
        int clause = scored.clauseOf(first);
        int words = 0;
        for (int t = first - 1; t >= 0 && scored.clauseOf(t) == clause; t--) {
            if (text.tokenKind(t).isWordLike() && ++words > 2) {
                return false;
            }
        }
        int next = first + 1;
        return next < text.tokenCount() && scored.clauseOf(next) == clause;
    }
}
