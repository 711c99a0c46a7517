package dev.slant.sentiment;

import dev.slant.text.StructureBuffer;
import java.util.List;

/**
 * What a learned model of the sentiment toward a target reads, all from one analysis: what the
 * rules concluded about the target and from which evidence, which side of the target the evidence
 * stands on and where the target stands in its sentence (a parser-free hint of who does what to
 * whom: a subject comes early, before its verb), and what the valence words of the target's
 * sentence say regardless of the target. Training and applying a {@link TargetModel}
 * both compute them here, so that the two never drift apart.
 */
public final class TargetFeatures {
    /** The features' names, in the order of {@link #of}'s array. */
    public static final List<String> NAMES = List.of("target_score", "evidence_pos", "evidence_neg", "sum_pos",
            "sum_neg", "sentence_mean", "valenced", "sentence_min", "sentence_max", "sum_before", "sum_after",
            "position");

    /** What each feature measures, aligned with {@link #NAMES}. */
    public static final List<String> MEANINGS = List.of("the rules' score toward the target, in [-1, 1]",
            "pieces of evidence toward the target that are positive", "... that are negative",
            "the sum of the positive contributions", "the sum of the negative contributions",
            "the mean valence of the sentence's valence words, after their rules (0 when none)",
            "how many valence words the sentence has", "the most negative of them (0 when none)",
            "the most positive of them (0 when none)", "the sum of the contributions before the target",
            "the sum of the contributions after it", "where the target starts in its sentence, 0 to 1");

    private TargetFeatures() {}

    /**
     * Computes the features of a target in a text analysed on its own, such as one sentence of a
     * training set: a convenience for training and tools that allocates its buffers. The analyzer
     * computes the same features for an article's targets.
     *
     * @param scorer the sentiment scorer
     * @param text the text
     * @param start the target's first character
     * @param end the target's end, exclusive
     * @return the features, aligned with {@link #NAMES}; all 0 for an invalid target
     */
    public static double[] of(SentimentScorer scorer, String text, int start, int end) {
        StructureBuffer structure = new StructureBuffer();
        ValenceBuffer valence = scorer.scoreAlone(text, structure);
        return of(structure, valence, scorer.target(structure, valence, start, end));
    }

    /**
     * Computes the features of a target the rules scored.
     *
     * @param text the scanned text
     * @param scored the buffer {@link SentimentScorer#score} filled for it
     * @param target the rules' result for the target; an invalid target has all features 0
     * @return the features, aligned with {@link #NAMES}
     */
    public static double[] of(StructureBuffer text, ValenceBuffer scored, TargetSentiment target) {
        double[] x = new double[NAMES.size()];
        if (target.problem().isPresent()) {
            return x;
        }
        x[0] = target.score();
        for (Evidence piece : target.evidence()) {
            double c = piece.contribution();
            if (piece.span().start() < target.target().start()) {
                x[9] += c;
            } else {
                x[10] += c;
            }
            if (c > 0) {
                x[1]++;
                x[3] += c;
            } else if (c < 0) {
                x[2]++;
                x[4] += c;
            }
        }
        int first = Tokens.firstEndingAfter(text, target.target().start());
        int sentence = first < 0 ? -1 : Tokens.sentenceOf(text, first);
        if (sentence < 0) {
            return x;
        }
        int from = scored.sentenceFirstEvidence(sentence);
        int to = scored.sentenceFirstEvidence(sentence + 1);
        double sum = 0;
        for (int e = from; e < to; e++) {
            double value = scored.evidenceValue(e);
            sum += value;
            x[7] = Math.min(x[7], value);
            x[8] = Math.max(x[8], value);
        }
        int sentenceFirst = text.sentenceFirstToken(sentence);
        int sentenceTokens = text.sentenceEndToken(sentence) - sentenceFirst;
        x[11] = sentenceTokens > 1 ? (double) (first - sentenceFirst) / (sentenceTokens - 1) : 0;
        x[5] = to > from ? sum / (to - from) : 0;
        x[6] = to - from;
        return x;
    }
}
