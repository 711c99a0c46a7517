package dev.slant.compare;

import static dev.slant.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn
 * (2008, "Fightin' Words", Political Analysis 16(4)): which words of a vocabulary one group uses
 * more than another, with the noise of rare words shrunk by the prior.
 *
 * <p>For a word {@code w} with counts {@code y_i} in group {@code i} (of {@code n_i} words in
 * all) and {@code y_j} in group {@code j}, and a prior {@code a_w} of total {@code a_0}:
 * <pre>
 *   delta = log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
 *   var   = 1 / (y_i + a_w) + 1 / (y_j + a_w)
 *   z     = delta / sqrt(var)
 * </pre>
 */
public final class LogOdds {

    private LogOdds() {}

    /**
     * Scores every word of a vocabulary for group {@code i} against group {@code j}.
     *
     * @param words the vocabulary
     * @param countsI the counts of group {@code i}, aligned with {@code words}
     * @param countsJ the counts of group {@code j}, aligned with {@code words}
     * @param prior the prior pseudo-count of each word, aligned with {@code words}; each positive
     * @return one result per word, in the vocabulary's order
     * @throws IllegalArgumentException when the lengths differ, a count is negative or a prior is
     *     not positive, or when the prior leaves no mass outside one word (a vocabulary of one word)
     */
    public static List<DistinctiveLabel> score(List<String> words, int[] countsI, int[] countsJ, double[] prior) {
        int size = words.size();
        checkArgument(countsI.length == size && countsJ.length == size && prior.length == size,
                "vocabulary, counts and prior must have equal lengths: %s", List.of(size, countsI.length,
                        countsJ.length, prior.length));
        double a0 = 0;
        long nI = 0;
        long nJ = 0;
        for (int w = 0; w < size; w++) {
            checkArgument(prior[w] > 0, "a prior pseudo-count must be positive: %s", prior[w]);
            checkArgument(countsI[w] >= 0 && countsJ[w] >= 0, "counts must not be negative: %d, %d", countsI[w],
                    countsJ[w]);
            a0 += prior[w];
            nI += countsI[w];
            nJ += countsJ[w];
        }
        List<DistinctiveLabel> scores = new ArrayList<>(size);
        for (int w = 0; w < size; w++) {
            double a = prior[w];
            double restI = nI + a0 - countsI[w] - a;
            double restJ = nJ + a0 - countsJ[w] - a;
            checkArgument(restI > 0 && restJ > 0, "the prior must leave mass outside the word '%s'", words.get(w));
            double delta = Math.log((countsI[w] + a) / restI) - Math.log((countsJ[w] + a) / restJ);
            double variance = 1 / (countsI[w] + a) + 1 / (countsJ[w] + a);
            scores.add(new DistinctiveLabel(words.get(w), countsI[w], countsJ[w], delta, delta / Math.sqrt(variance)));
        }
        return scores;
    }

    /**
     * Scores one group against all the others pooled, with the informative prior Slant uses: the
     * pooled distribution of all groups, scaled to a total of {@code strength} pseudo-counts
     * (each word at least {@code 0.01}, so that none is zero).
     *
     * @param words the vocabulary
     * @param group the counts of the group, aligned with {@code words}
     * @param all the counts of all groups together, the group included
     * @param strength the prior's total pseudo-count {@code a_0}
     * @param top how many words to return at most
     * @return the words the group uses most over the others, highest z first, ties by word
     */
    static List<DistinctiveLabel> distinctive(List<String> words, int[] group, int[] all, double strength, int top) {
        int[] others = new int[all.length];
        long total = 0;
        for (int w = 0; w < all.length; w++) {
            others[w] = all[w] - group[w];
            total += all[w];
        }
        double[] prior = new double[all.length];
        for (int w = 0; w < all.length; w++) {
            prior[w] = Math.max(0.01, strength * all[w] / Math.max(1, total));
        }
        List<DistinctiveLabel> scored = new ArrayList<>(score(words, group, others, prior));
        scored.removeIf(label -> label.count() == 0);
        scored.sort(Comparator.comparingDouble(DistinctiveLabel::z).reversed().thenComparing(DistinctiveLabel::label));
        return List.copyOf(scored.subList(0, Math.min(top, scored.size())));
    }
}
