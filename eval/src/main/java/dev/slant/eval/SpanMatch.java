package dev.slant.eval;

import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a predicted span matches a gold span, and how many of them match one to one.
 *
 * <p>Each gold span matches at most one predicted span and each predicted span at most one gold
 * span. {@link #EXACT}: the two spans have the same start and end. {@link #OVERLAP}: they share at
 * least one character; the pairs are taken greedily, the pair sharing most characters first (ties
 * by the earlier gold span, then the earlier predicted span), each pair only while both of its
 * spans are still free. Empty spans match only exactly.
 */
public enum SpanMatch {
    /** Same start and same end. */
    EXACT,
    /** At least one character in common. */
    OVERLAP;

    /**
     * Returns the name used in figure names: {@code exact} or {@code overlap}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Counts the one-to-one matches between gold and predicted spans under this rule.
     *
     * @param gold the gold spans, in any order
     * @param predicted the predicted spans, in any order
     * @return the counts: matched, predicted and gold
     */
    public PrfCounts count(List<Span> gold, List<Span> predicted) {
        // Only predicted spans that start no earlier than the longest prediction before a gold span can
        // touch it, so sorting by start keeps the candidate pairs near the matching ones, not all pairs.
        Integer[] order = new Integer[predicted.size()];
        int longest = 0;
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
            longest = Math.max(longest, predicted.get(p).length());
        }
        Arrays.sort(order, Comparator.comparingInt(p -> predicted.get(p).start()));
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span span = gold.get(g);
            for (int k = firstStartingAtOrAfter(predicted, order, span.start() - longest);
                    k < order.length && predicted.get(order[k]).start() <= span.end(); k++) {
                int shared = shared(span, predicted.get(order[k]));
                if (shared > 0) {
                    pairs.add(new int[] {shared, g, order[k]});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(pair -> -pair[0])
                .thenComparingInt(pair -> pair[1])
                .thenComparingInt(pair -> pair[2]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        long matched = 0;
        for (int[] pair : pairs) {
            if (!goldUsed[pair[1]] && !predictedUsed[pair[2]]) {
                goldUsed[pair[1]] = true;
                predictedUsed[pair[2]] = true;
                matched++;
            }
        }
        return new PrfCounts(matched, predicted.size(), gold.size());
    }

    private static int firstStartingAtOrAfter(List<Span> spans, Integer[] order, int offset) {
        int low = 0;
        int high = order.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans.get(order[mid]).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A positive weight when the spans match under this rule, 0 when they do not. */
    private int shared(Span gold, Span predicted) {
        if (this == EXACT || gold.length() == 0 || predicted.length() == 0) {
            return gold.equals(predicted) ? 1 : 0;
        }
        return Math.max(0, Math.min(gold.end(), predicted.end()) - Math.max(gold.start(), predicted.start()));
    }
}
