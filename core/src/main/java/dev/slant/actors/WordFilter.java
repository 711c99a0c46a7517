package dev.slant.actors;

import java.util.Arrays;

/**
 * A Bloom filter of token hashes, reused from text to text: two bits per word in a table of about
 * sixteen bits per word of the text, so a word never added is reported present about once in a
 * hundred times, and adding or asking costs two bit operations without a probe. Name finding asks
 * it whether a capitalised word also occurs in lower case; a false "yes" only drops a candidate
 * name. Not thread-safe.
 */
final class WordFilter {
    private long[] bits = new long[64];
    private int mask;

    /** Empties the filter and sizes it for a text of {@code words} words. */
    void reset(int words) {
        int needed = 64;
        while (needed < words / 4 && needed < (1 << 26)) {
            needed <<= 1;
        }
        if (bits.length < needed) {
            bits = new long[needed];
        } else {
            Arrays.fill(bits, 0, needed, 0L);
        }
        mask = needed * 64 - 1;
    }

    void add(long hash) {
        int a = (int) hash & mask;
        int b = (int) (hash >>> 32) & mask;
        bits[a >>> 6] |= 1L << a;
        bits[b >>> 6] |= 1L << b;
    }

    boolean mightContain(long hash) {
        int a = (int) hash & mask;
        int b = (int) (hash >>> 32) & mask;
        return (bits[a >>> 6] & (1L << a)) != 0 && (bits[b >>> 6] & (1L << b)) != 0;
    }
}
