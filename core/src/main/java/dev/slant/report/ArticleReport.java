package dev.slant.report;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.actors.ActorFinding;
import dev.slant.actors.ArticleActors;
import dev.slant.attribution.Attribution;
import dev.slant.attribution.AttributionTable;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.text.Diagnostic;
import dev.slant.text.Span;
import dev.slant.voice.Voice;
import dev.slant.voice.VoiceKind;
import dev.slant.voice.VoiceTable;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Slant found in one article: every term with its span, entry and voice, the scores,
 * and the problems found in the text. Immutable.
 *
 * <p>Terms are kept in primitive arrays (the fast level: {@link #termCount()}, {@link #termStart},
 * {@link #termEntry}, {@link #termVoice}); {@link #terms()} is a friendly view that builds each
 * {@link Term} when it is read.
 */
public final class ArticleReport {
    /** The version of the report schema, written as the JSON report's {@code schema} field. */
    public static final String SCHEMA = "slant.report/2";

    private final ArticleInfo article;
    private final String text;
    private final int sentences;
    private final Lexicon lexicon;
    private final int[] termStart;
    private final int[] termEnd;
    private final int[] termEntry;
    private final int[] termVoice;
    private final int[] termAttribution;
    private final VoiceTable voices;
    private final AttributionTable attributions;
    private final Scores scores;
    private final List<Diagnostic> diagnostics;
    private final ArticleActors actors;

    /**
     * Creates a report; {@code dev.slant.Analyzer} is the usual maker. The term arrays are taken,
     * not copied: the caller must not change them afterwards.
     *
     * @param article the article's metadata
     * @param text the article's text, that every span points into
     * @param sentences the number of sentences
     * @param lexicon the lexicon whose entry ids the terms carry
     * @param terms the terms, in text order
     * @param voices the table that decodes the terms' voice codes
     * @param attributions who says what, that the terms' attribution indexes point into
     * @param scores the counts by category and concept
     * @param diagnostics problems found in the text
     * @param actors the actors and the sentiment toward them and toward the targets
     */
    public ArticleReport(ArticleInfo article, String text, int sentences, Lexicon lexicon, TermArrays terms,
            VoiceTable voices, AttributionTable attributions, Scores scores, List<Diagnostic> diagnostics,
            ArticleActors actors) {
        this.article = checkNotNull(article, "article");
        this.text = checkNotNull(text, "text");
        checkArgument(sentences >= 0, "sentences must not be negative: %d", sentences);
        this.sentences = sentences;
        this.lexicon = checkNotNull(lexicon, "lexicon");
        this.termStart = terms.start();
        this.termEnd = terms.end();
        this.termEntry = terms.entry();
        this.termVoice = terms.voice();
        this.termAttribution = terms.attribution();
        this.voices = checkNotNull(voices, "voices");
        this.attributions = checkNotNull(attributions, "attributions");
        this.scores = checkNotNull(scores, "scores");
        this.diagnostics = List.copyOf(checkNotNull(diagnostics, "diagnostics"));
        this.actors = checkNotNull(actors, "actors");
    }

    /**
     * The terms of a report as parallel arrays of equal length.
     *
     * @param start each term's first character
     * @param end each term's end, exclusive
     * @param entry each term's entry id in the lexicon
     * @param voice each term's voice code in the voice table
     * @param attribution each term's attribution index, or -1 outside any attribution's content
     */
    public record TermArrays(int[] start, int[] end, int[] entry, int[] voice, int[] attribution) {

        /** Validates the lengths. */
        public TermArrays {
            checkArgument(start.length == end.length && end.length == entry.length && entry.length == voice.length
                    && voice.length == attribution.length,
                    "term arrays must have equal lengths: %d, %d, %d, %d, %d", start.length, end.length, entry.length,
                    voice.length, attribution.length);
        }
    }

    /**
     * Returns the article's id and metadata.
     *
     * @return the article's info
     */
    public ArticleInfo article() {
        return article;
    }

    /**
     * Returns the article's text, that every span points into.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the number of word tokens (words and numbers, not punctuation), the base of every rate.
     *
     * @return the article's word tokens
     */
    public int tokens() {
        return scores.tokens();
    }

    /**
     * Returns the number of sentences.
     *
     * @return the sentence count
     */
    public int sentences() {
        return sentences;
    }

    /**
     * Returns the terms in text order; where a phrase is an entry of several categories, one term
     * per category, in category order.
     *
     * @return an immutable view
     */
    public List<Term> terms() {
        return new AbstractList<>() {
            @Override
            public Term get(int i) {
                Objects.checkIndex(i, termStart.length);
                Voice voice = voices.voice(termVoice[i]);
                int a = termAttribution[i];
                return new Term(new Span(termStart[i], termEnd[i]), text.substring(termStart[i], termEnd[i]),
                        lexicon.entry(termEntry[i]), a >= 0 && voice.kind() == VoiceKind.NARRATOR ? Voice.reported() : voice,
                        a >= 0 ? Optional.of(attributions.get(a)) : Optional.empty());
            }

            @Override
            public int size() {
                return termStart.length;
            }
        };
    }

    /**
     * Returns the number of terms.
     *
     * @return the term count
     */
    public int termCount() {
        return termStart.length;
    }

    /**
     * Returns where term {@code i} starts, without allocating.
     *
     * @param i a term index
     * @return its first character
     */
    public int termStart(int i) {
        return termStart[i];
    }

    /**
     * Returns where term {@code i} ends, without allocating.
     *
     * @param i a term index
     * @return its end, exclusive
     */
    public int termEnd(int i) {
        return termEnd[i];
    }

    /**
     * Returns the lexicon entry of term {@code i}, without allocating.
     *
     * @param i a term index
     * @return its entry
     */
    public LexiconEntry termEntry(int i) {
        return lexicon.entry(termEntry[i]);
    }

    /**
     * Returns the voice kind of term {@code i}, without allocating.
     *
     * @param i a term index
     * @return its voice kind
     */
    public VoiceKind termVoice(int i) {
        return voices.kind(termVoice[i]).within(termAttribution[i] >= 0);
    }

    /**
     * Returns the index in {@link #attributions()} of the attribution whose content term {@code i}
     * stands in, without allocating.
     *
     * @param i a term index
     * @return an attribution index, or -1
     */
    public int termAttribution(int i) {
        return termAttribution[i];
    }

    /**
     * Returns who says what: the attributions in text order of their cues.
     *
     * @return an immutable view
     */
    public List<Attribution> attributions() {
        return attributions.list();
    }

    /**
     * Returns the attributions in compact form, with the counts by kind, stance and speaker.
     *
     * @return the attribution table
     */
    public AttributionTable attributionTable() {
        return attributions;
    }

    /**
     * Returns the counts and rates by category and concept, by voice.
     *
     * @return the scores
     */
    public Scores scores() {
        return scores;
    }

    /**
     * Returns the problems found in the text, bounded in number.
     *
     * @return an immutable list
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns the actors of the article, in order of first mention, with the sentiment toward each.
     *
     * @return an immutable list
     */
    public List<ActorFinding> actors() {
        return actors.actors();
    }

    /**
     * Returns the sentiment toward each target the article named, in the order given.
     *
     * @return an immutable list
     */
    public List<TargetSentiment> targets() {
        return actors.targets();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleReport that && article.equals(that.article) && text.equals(that.text)
                && sentences == that.sentences && terms().equals(that.terms()) && scores.equals(that.scores)
                && diagnostics.equals(that.diagnostics) && actors.equals(that.actors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, text.hashCode(), sentences, terms());
    }

    @Override
    public String toString() {
        return "ArticleReport[" + article.id() + ", " + termStart.length + " terms, " + diagnostics.size()
                + " diagnostics]";
    }
}
