package dev.slant.report;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.voice.VoiceKind;
import java.util.Arrays;

/**
 * Collects one article's terms into growable primitive arrays and counts them by category,
 * concept and voice as they come, so that a report costs a few exact-size arrays. Reused from
 * article to article by one thread; not thread-safe.
 */
public final class TermCollector {
    private static final int VOICES = VoiceKind.values().length;

    private Lexicon lexicon;
    private int count;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] entry = new int[64];
    private int[] voice = new int[64];
    private int[] attribution = new int[64];
    private final int[] categoryCounts = new int[Category.values().length * VOICES];
    private int[] conceptCounts = new int[0];
    private double[] narratorValenceSums = new double[0];

    /**
     * Starts a new article.
     *
     * @param terms the lexicon whose entry ids will be added
     */
    public void reset(Lexicon terms) {
        lexicon = terms;
        count = 0;
        Arrays.fill(categoryCounts, 0);
        int concepts = terms.concepts().size();
        if (conceptCounts.length != concepts * VOICES) {
            conceptCounts = new int[concepts * VOICES];
            narratorValenceSums = new double[concepts];
        } else {
            Arrays.fill(conceptCounts, 0);
            Arrays.fill(narratorValenceSums, 0);
        }
    }

    /**
     * Adds a term.
     *
     * @param termStart its first character
     * @param termEnd its end, exclusive
     * @param entryId its entry id in the lexicon
     * @param voiceCode its voice code
     * @param kind the kind of its voice
     * @param attributionIndex the attribution whose content it stands in, or -1
     */
    public void add(int termStart, int termEnd, int entryId, int voiceCode, VoiceKind kind, int attributionIndex) {
        if (count == start.length) {
            int capacity = count * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            entry = Arrays.copyOf(entry, capacity);
            voice = Arrays.copyOf(voice, capacity);
            attribution = Arrays.copyOf(attribution, capacity);
        }
        start[count] = termStart;
        end[count] = termEnd;
        entry[count] = entryId;
        voice[count] = voiceCode;
        attribution[count] = attributionIndex;
        count++;
        categoryCounts[lexicon.entry(entryId).category().ordinal() * VOICES + kind.ordinal()]++;
        int concept = lexicon.conceptId(entryId);
        if (concept >= 0) {
            conceptCounts[concept * VOICES + kind.ordinal()]++;
            if (kind == VoiceKind.NARRATOR) {
                narratorValenceSums[concept] += lexicon.entry(entryId).valence();
            }
        }
    }

    /**
     * Returns exact-size copies of the collected terms.
     *
     * @return the terms
     */
    public ArticleReport.TermArrays terms() {
        return new ArticleReport.TermArrays(Arrays.copyOf(start, count), Arrays.copyOf(end, count),
                Arrays.copyOf(entry, count), Arrays.copyOf(voice, count), Arrays.copyOf(attribution, count));
    }

    /**
     * Returns the scores of the collected terms.
     *
     * @param tokens the article's word tokens
     * @return the scores
     */
    public Scores scores(int tokens) {
        return new Scores(tokens, categoryCounts, lexicon.concepts(), conceptCounts, narratorValenceSums);
    }
}
