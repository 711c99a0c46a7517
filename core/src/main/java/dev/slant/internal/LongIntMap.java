package dev.slant.internal;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys that are already well mixed hashes to {@code int}
 * values, 0 for an absent key; for tables built once and read on every token.
 */
public final class LongIntMap {
    private static final long EMPTY = 0L;

    private long[] keys = new long[16];
    private int[] values = new int[16];
    private int size;

    /**
     * Sets the value of a key; 0 removes nothing and means absent.
     *
     * @param key the key, not 0
     * @param value its value
     * @throws IllegalArgumentException for the key 0
     */
    public void put(long key, int value) {
        Checks.checkArgument(key != EMPTY, "the key 0 is reserved");
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        int slot = slotOf(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
    }

    /**
     * Returns the value of a key.
     *
     * @param key the key
     * @return its value, 0 when absent
     */
    public int get(long key) {
        int slot = slotOf(key);
        return keys[slot] == key && key != EMPTY ? values[slot] : 0;
    }

    /**
     * Empties the map, keeping its table for reuse.
     */
    public void clear() {
        if (size > 0) {
            Arrays.fill(keys, EMPTY);
            size = 0;
        }
    }

    /**
     * Returns a key usable in this map: the hash itself, or 1 for the reserved 0.
     *
     * @param hash any hash
     * @return a non-zero key
     */
    public static long nonZero(long hash) {
        return hash == EMPTY ? 1 : hash;
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        long probe;
        while ((probe = keys[slot]) != EMPTY && probe != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
