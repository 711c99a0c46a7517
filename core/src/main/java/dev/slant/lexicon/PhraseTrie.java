package dev.slant.lexicon;


/**
 * A trie over token hashes, with all transitions in one open-addressing table keyed by (node,
 * token hash): a look-up costs the same whatever the lexicon's size. Each slot keeps its key and
 * its value side by side, so a probe touches one cache line; a small bit filter of the hashes
 * that start a phrase rejects most tokens before the table is touched at all.
 */
final class PhraseTrie {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private int nodeCount = 1;
    /** Slot {@code s} is {@code table[2s]}, the token hash, and {@code table[2s+1]}, {@code parent << 32 | (child + 1)}; 0 when empty. */
    private long[] table;
    private int transitions;
    private int mask;
    private int maxDepth;
    private long[] startFilter = new long[16];
    private boolean[] hasChildren = new boolean[16];

    PhraseTrie(int expectedTransitions) {
        int capacity = 16;
        while (capacity < expectedTransitions * 2L + 2) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    private void allocate(int capacity) {
        table = new long[capacity * 2];
        mask = capacity - 1;
    }

    /** Adds a path and returns its last node. */
    int insert(long[] hashes) {
        int node = 0;
        for (long hash : hashes) {
            int child = child(node, hash);
            if (child < 0) {
                child = nodeCount++;
                put(node, hash, child);
            }
            node = child;
        }
        maxDepth = Math.max(maxDepth, hashes.length);
        return node;
    }

    /** Sizes the start filter to the phrases' first words, once every phrase is in. */
    void seal() {
        int roots = 0;
        for (int s = 0; s <= mask; s++) {
            if (table[2 * s + 1] != 0 && (int) (table[2 * s + 1] >>> 32) == 0) {
                roots++;
            }
        }
        int words = 16;
        while (words * 64L < roots * 16L) {
            words <<= 1;
        }
        startFilter = new long[words];
        for (int s = 0; s <= mask; s++) {
            if (table[2 * s + 1] != 0 && (int) (table[2 * s + 1] >>> 32) == 0) {
                long hash = table[2 * s];
                startFilter[filterWord(hash)] |= 1L << hash;
            }
        }
    }

    private int filterWord(long hash) {
        return (int) (hash >>> 40) & (startFilter.length - 1);
    }

    /** Tells whether some phrase may start with a token of this hash; false means surely none does. */
    boolean mayStart(long hash) {
        return (startFilter[filterWord(hash)] & (1L << hash)) != 0;
    }

    /** Tells whether a longer phrase continues from {@code node}; a leaf ends every search through it. */
    boolean hasChildren(int node) {
        return node < hasChildren.length && hasChildren[node];
    }

    int nodeCount() {
        return nodeCount;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Returns the child of {@code node} along {@code hash}, or -1. */
    int child(int node, long hash) {
        int slot = slot(node, hash);
        long value;
        while ((value = table[2 * slot + 1]) != 0) {
            if (table[2 * slot] == hash && (int) (value >>> 32) == node) {
                return (int) value - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(int node, long hash) {
        long key = hash + node * GOLDEN;
        return (int) (key ^ (key >>> 29)) & mask;
    }

    private void put(int node, long hash, int child) {
        if ((transitions + 1) * 2 > mask + 1) {
            long[] old = table;
            allocate((mask + 1) * 2);
            for (int s = 0; s < old.length; s += 2) {
                if (old[s + 1] != 0) {
                    place(old[s], old[s + 1]);
                }
            }
        }
        place(hash, ((long) node << 32) | (child + 1L));
        transitions++;
        if (node >= hasChildren.length) {
            hasChildren = java.util.Arrays.copyOf(hasChildren, Math.max(node + 1, hasChildren.length * 2));
        }
        hasChildren[node] = true;
    }

    private void place(long hash, long value) {
        int slot = slot((int) (value >>> 32), hash);
        while (table[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = hash;
        table[2 * slot + 1] = value;
    }

    @Override
    public String toString() {
        return "PhraseTrie[" + nodeCount + " nodes, " + transitions + " transitions, "
                + startFilter.length * 64 + " filter bits, " + maxDepth + " deep]";
    }
}
