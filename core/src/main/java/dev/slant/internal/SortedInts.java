package dev.slant.internal;

/** Searches in the sorted prefix of an {@code int} array. */
public final class SortedInts {
    private SortedInts() {}

    /**
     * Returns the last index {@code i < count} with {@code sorted[i] <= key}, or -1 when there is none.
     *
     * @param sorted an array whose first {@code count} elements are in ascending order
     * @param count how many elements to search
     * @param key the key
     * @return an index, or -1
     */
    public static int lastAtMost(int[] sorted, int count, int key) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
