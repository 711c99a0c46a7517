package dev.slant.lexicon;

import java.util.Arrays;

/**
 * A trie over token hashes, with all transitions in one open-addressing table keyed by (node,
 * token hash): a look-up costs the same whatever the lexicon's size.
 */
final class PhraseTrie {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private int nodeCount = 1;
    private int[] slotParent;
    private long[] slotHash;
    private int[] slotChild;
    private int transitions;
    private int mask;
    private int maxDepth;

    PhraseTrie(int expectedTransitions) {
        int capacity = 16;
        while (capacity < expectedTransitions * 2L + 2) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    private void allocate(int capacity) {
        slotParent = new int[capacity];
        slotHash = new long[capacity];
        slotChild = new int[capacity];
        Arrays.fill(slotChild, -1);
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

    int nodeCount() {
        return nodeCount;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Returns the child of {@code node} along {@code hash}, or -1. */
    int child(int node, long hash) {
        int slot = slot(node, hash);
        int child;
        while ((child = slotChild[slot]) >= 0) {
            if (slotHash[slot] == hash && slotParent[slot] == node) {
                return child;
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
        if ((transitions + 1) * 2 > slotChild.length) {
            int[] parents = slotParent;
            long[] hashes = slotHash;
            int[] children = slotChild;
            allocate(slotChild.length * 2);
            for (int i = 0; i < children.length; i++) {
                if (children[i] >= 0) {
                    place(parents[i], hashes[i], children[i]);
                }
            }
        }
        place(node, hash, child);
        transitions++;
    }

    private void place(int node, long hash, int child) {
        int slot = slot(node, hash);
        while (slotChild[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        slotParent[slot] = node;
        slotHash[slot] = hash;
        slotChild[slot] = child;
    }
}
