package dev.slant.eval;

/**
 * Counts behind precision, recall and F1: how many predictions matched gold, how many were
 * predicted, and how many gold items there were.
 *
 * <p>Each ratio is 0 when its denominator is 0, so a predictor that predicts nothing scores
 * precision 0, never an undefined value.
 *
 * @param matched predictions matched to gold (true positives)
 * @param predicted all predictions
 * @param gold all gold items
 */
public record PrfCounts(long matched, long predicted, long gold) {

    /** No predictions and no gold. */
    public static final PrfCounts ZERO = new PrfCounts(0, 0, 0);

    /** Checks that the counts are consistent. */
    public PrfCounts {
        if (matched < 0 || matched > predicted || matched > gold) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "matched must be in [0, min(predicted, gold)]: matched=%d, predicted=%d, gold=%d",
                    matched, predicted, gold));
        }
    }

    /**
     * Adds two sets of counts, as when summing over documents (micro-averaging).
     *
     * @param other the other counts
     * @return the sums
     */
    public PrfCounts plus(PrfCounts other) {
        return new PrfCounts(matched + other.matched, predicted + other.predicted, gold + other.gold);
    }

    /**
     * Returns matched / predicted.
     *
     * @return the precision, 0 when nothing was predicted
     */
    public double precision() {
        return predicted == 0 ? 0.0 : (double) matched / predicted;
    }

    /**
     * Returns matched / gold.
     *
     * @return the recall, 0 when there is no gold
     */
    public double recall() {
        return gold == 0 ? 0.0 : (double) matched / gold;
    }

    /**
     * Returns the harmonic mean of precision and recall, 2 matched / (predicted + gold).
     *
     * @return the F1, 0 when there is neither prediction nor gold
     */
    public double f1() {
        return predicted + gold == 0 ? 0.0 : 2.0 * matched / (predicted + gold);
    }
}
