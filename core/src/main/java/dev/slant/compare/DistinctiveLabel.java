package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * A label that sets one outlet apart from the others, by the weighted log-odds ratio with an
 * informative Dirichlet prior ({@link LogOdds}).
 *
 * @param label the label
 * @param count how often the outlet used it
 * @param others how often the other outlets together used it
 * @param logOdds the log-odds ratio of the label in this outlet against the others, with the prior
 * @param z the log-odds ratio divided by its estimated standard deviation; above 1.96 the label is
 *     distinctive of the outlet at the usual 5% level, below -1.96 the outlet avoids it
 */
public record DistinctiveLabel(String label, int count, int others, double logOdds, double z) {

    /** Validates the label. */
    public DistinctiveLabel {
        checkNotNull(label, "label");
    }
}
