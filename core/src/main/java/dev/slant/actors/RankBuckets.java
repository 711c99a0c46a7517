package dev.slant.actors;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Items grouped by the rank of their actor in one stable counting pass, in primitive arrays
 * reused from text to text: the items of rank {@code r} are {@code item(k)} for {@code k} from
 * {@code from(r)} to {@code to(r)}, in the order given. Not thread-safe.
 */
final class RankBuckets {
    private int[] from = new int[17];
    private int[] items = new int[64];
    private int[] cursor = new int[16];

    /**
     * Groups items {@code 0} to {@code count - 1} into ranks {@code 0} to {@code ranks - 1};
     * an item whose rank is negative is left out.
     */
    void group(int count, int ranks, IntUnaryOperator rankOf) {
        if (from.length < ranks + 1) {
            from = new int[Math.max(ranks + 1, from.length * 2)];
        }
        Arrays.fill(from, 0, ranks + 1, 0);
        for (int i = 0; i < count; i++) {
            int r = rankOf.applyAsInt(i);
            if (r >= 0) {
                from[r + 1]++;
            }
        }
        for (int r = 0; r < ranks; r++) {
            from[r + 1] += from[r];
        }
        if (items.length < from[ranks]) {
            items = new int[Math.max(from[ranks], items.length * 2)];
        }
        if (cursor.length < ranks) {
            cursor = new int[Math.max(ranks, cursor.length * 2)];
        }
        System.arraycopy(from, 0, cursor, 0, ranks);
        for (int i = 0; i < count; i++) {
            int r = rankOf.applyAsInt(i);
            if (r >= 0) {
                items[cursor[r]++] = i;
            }
        }
    }

    /** The first position of rank {@code r}'s items. */
    int from(int r) {
        return from[r];
    }

    /** The end of rank {@code r}'s items, exclusive. */
    int to(int r) {
        return from[r + 1];
    }

    /** The item at position {@code k}. */
    int item(int k) {
        return items[k];
    }
}
