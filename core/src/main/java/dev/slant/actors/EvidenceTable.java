package dev.slant.actors;

import java.util.Arrays;

/**
 * The evidence of one actor while its mentions are read, in primitive arrays reused from actor to
 * actor and text to text: a word near two mentions counts once, with its larger contribution,
 * found in constant time through a per-token stamp. Not thread-safe.
 */
final class EvidenceTable {
    private int[] stamp = new int[64];
    private int[] slot = new int[64];
    private int generation;
    private int count;
    private int[] firstToken = new int[32];
    private int[] start = new int[32];
    private int[] end = new int[32];
    private double[] value = new double[32];
    private long[] order = new long[32];

    /** Starts the evidence of the next actor of a text of {@code tokens} tokens. */
    void begin(int tokens) {
        if (stamp.length < tokens) {
            stamp = new int[Math.max(tokens, stamp.length * 2)];
            slot = new int[stamp.length];
            generation = 0;
        }
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 0;
        }
        generation++;
        count = 0;
    }

    /** Adds evidence at token {@code token}, or raises the evidence already there to the larger contribution. */
    void add(int token, int startChar, int endChar, double contribution) {
        if (stamp[token] == generation) {
            int i = slot[token];
            if (Math.abs(contribution) > Math.abs(value[i])) {
                value[i] = contribution;
            }
            return;
        }
        if (count == firstToken.length) {
            int capacity = count * 2;
            firstToken = Arrays.copyOf(firstToken, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            value = Arrays.copyOf(value, capacity);
            order = new long[capacity];
        }
        stamp[token] = generation;
        slot[token] = count;
        firstToken[count] = token;
        start[count] = startChar;
        end[count] = endChar;
        value[count] = contribution;
        count++;
    }

    /** Adds the evidence added since {@link #begin} to the current actor of {@code columns}, in text order, with its voices. */
    void writeTo(ActorColumns columns, TokenVoices voices) {
        for (int i = 0; i < count; i++) {
            order[i] = (long) firstToken[i] << 32 | i;
        }
        Arrays.sort(order, 0, count);
        for (int k = 0; k < count; k++) {
            int i = (int) order[k];
            columns.addEvidence(start[i], end[i], value[i], voices.of(firstToken[i], start[i], end[i]));
        }
    }
}
