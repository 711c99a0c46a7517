package dev.slant.sentiment;

import dev.slant.lexicon.MatchBuffer;
import dev.slant.text.StructureBuffer;
import java.util.Arrays;

/**
 * The valence evidence of one text in primitive arrays: each valence word with its value after
 * the rules, the clause of every token, and the sum of each sentence. Filled by
 * {@link SentimentScorer#score(StructureBuffer, ValenceBuffer)} and reused from text to text by
 * one thread; not thread-safe.
 */
public final class ValenceBuffer {
    final MatchBuffer matches = new MatchBuffer();
    StructureBuffer text;
    int[] tokenClause = new int[64];
    int evidenceCount;
    int[] evidenceFirst = new int[32];
    int[] evidenceEnd = new int[32];
    double[] evidenceValue = new double[32];
    int[] evidenceQuote = new int[32];
    int[] sentenceFirstEvidence = new int[16];
    double[] sentenceSum = new double[16];
    int[] sentenceContrast = new int[16];
    double textSum;

    /** Creates an empty buffer. */
    public ValenceBuffer() {}

    void reset(StructureBuffer structure) {
        text = structure;
        evidenceCount = 0;
        textSum = 0;
        int tokens = structure.tokenCount();
        if (tokenClause.length < tokens) {
            tokenClause = new int[Math.max(tokens, tokenClause.length + (tokenClause.length >> 1))];
        }
        int sentences = structure.sentenceCount() + 1;
        if (sentenceSum.length < sentences) {
            int capacity = Math.max(sentences, sentenceSum.length * 2);
            sentenceFirstEvidence = new int[capacity];
            sentenceSum = new double[capacity];
            sentenceContrast = new int[capacity];
        }
        Arrays.fill(sentenceSum, 0, sentences, 0);
    }

    void addEvidence(int first, int end, double value, int quote) {
        if (evidenceCount == evidenceFirst.length) {
            int capacity = evidenceCount * 2;
            evidenceFirst = Arrays.copyOf(evidenceFirst, capacity);
            evidenceEnd = Arrays.copyOf(evidenceEnd, capacity);
            evidenceValue = Arrays.copyOf(evidenceValue, capacity);
            evidenceQuote = Arrays.copyOf(evidenceQuote, capacity);
        }
        evidenceFirst[evidenceCount] = first;
        evidenceEnd[evidenceCount] = end;
        evidenceValue[evidenceCount] = value;
        evidenceQuote[evidenceCount] = quote;
        evidenceCount++;
    }

    /**
     * Returns the number of valence words found.
     *
     * @return the evidence count
     */
    public int evidenceCount() {
        return evidenceCount;
    }

    /**
     * Returns the first token of valence word {@code e}.
     *
     * @param e an evidence index, in text order
     * @return a token index
     */
    public int evidenceFirstToken(int e) {
        return evidenceFirst[e];
    }

    /**
     * Returns the token after valence word {@code e}.
     *
     * @param e an evidence index
     * @return a token index, exclusive
     */
    public int evidenceEndToken(int e) {
        return evidenceEnd[e];
    }

    /**
     * Returns the valence of word {@code e} after negation, intensifiers, emphasis and contrast.
     *
     * @param e an evidence index
     * @return a valence, in about [-1.5, 1.5]
     */
    public double evidenceValue(int e) {
        return evidenceValue[e];
    }

    /**
     * Returns the first valence word in {@code [from, to)} that starts at or after token {@code t},
     * by binary search.
     *
     * @param t a token index
     * @param from the first evidence index to search
     * @param to the end of the evidence indexes to search
     * @return an evidence index in {@code [from, to]}
     */
    public int firstEvidenceFrom(int t, int from, int to) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (evidenceFirst[mid] < t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Returns the innermost quotation that holds valence word {@code e}.
     *
     * @param e an evidence index
     * @return a quotation index of the text, or -1 outside quotations
     */
    public int evidenceQuotation(int e) {
        return evidenceQuote[e];
    }

    /**
     * Returns the clause of token {@code t}: clause numbers grow through the text, and two tokens
     * share one exactly when no clause boundary or sentence start lies between them.
     *
     * @param t a token index
     * @return its clause number
     */
    public int clauseOf(int t) {
        return tokenClause[t];
    }

    /**
     * Returns the first valence word of sentence {@code s}; those of the sentence run up to the
     * first of sentence {@code s + 1}.
     *
     * @param s a sentence index, or the sentence count for the end
     * @return an evidence index
     */
    public int sentenceFirstEvidence(int s) {
        return sentenceFirstEvidence[s];
    }

    /**
     * Returns the sum of the valences of sentence {@code s}, before normalisation.
     *
     * @param s a sentence index
     * @return the sum
     */
    public double sentenceSum(int s) {
        return sentenceSum[s];
    }

    /**
     * Returns the sentence of token {@code t} of the scored text, by binary search.
     *
     * @param t a token index
     * @return a sentence index, or -1 when the text has no sentence
     */
    public int sentenceOf(int t) {
        return Tokens.sentenceOf(text, t);
    }

    /**
     * Returns the sum of the valences of the whole text, before normalisation.
     *
     * @return the sum
     */
    public double textSum() {
        return textSum;
    }
}
