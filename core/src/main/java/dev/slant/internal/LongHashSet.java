package dev.slant.internal;

/** An open-addressing set of {@code long} keys that are already well mixed hashes. */
public final class LongHashSet {
    private static final long EMPTY = 0L;

    private long[] keys;
    private int size;
    private boolean hasEmptyKey;

    /**
     * Creates a set sized for {@code expected} keys.
     *
     * @param expected the expected number of keys
     */
    public LongHashSet(int expected) {
        keys = new long[tableSize(expected)];
    }

    private static int tableSize(int expected) {
        int size = 8;
        while (size < expected * 2L + 2) {
            size <<= 1;
        }
        return size;
    }

    /**
     * Adds a key.
     *
     * @param key the key
     */
    public void add(long key) {
        if (key == EMPTY) {
            hasEmptyKey = true;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        size++;
    }

    /**
     * Tells whether the set holds {@code key}.
     *
     * @param key the key
     * @return true if present
     */
    public boolean contains(long key) {
        if (key == EMPTY) {
            return hasEmptyKey;
        }
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        long probe;
        while ((probe = keys[slot]) != EMPTY) {
            if (probe == key) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private void rehash() {
        long[] old = keys;
        keys = new long[old.length * 2];
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }
}
