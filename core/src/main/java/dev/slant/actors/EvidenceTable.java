package dev.slant.actors;

import dev.slant.voice.VoiceKind;
import java.util.Arrays;

/**
 * The evidence toward the actors of one text, in primitive arrays reused from text to text.
 * Pieces are appended as the mentions are read in text order, each tagged with the rank of its
 * actor; grouping by rank is one stable counting pass, and each actor's pieces are sorted by
 * token when its turn comes, so that a word near two mentions of one actor counts once, with the
 * larger contribution. Nothing is indexed by token: on a long document such a table missed the
 * cache on every piece. Not thread-safe.
 */
final class EvidenceTable {
    private static final VoiceKind[] VOICES = VoiceKind.values();

    private int count;
    private int[] rank = new int[64];
    private int[] firstToken = new int[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private double[] value = new double[64];
    private byte[] voice = new byte[64];
    private final RankBuckets byRank = new RankBuckets();
    private long[] order = new long[64];

    /** Starts a text. */
    void begin() {
        count = 0;
    }

    /** Adds a piece of evidence toward the actor of rank {@code actorRank}, at token {@code token}. */
    void add(int actorRank, int token, int startChar, int endChar, double contribution, VoiceKind pieceVoice) {
        if (count == firstToken.length) {
            int capacity = count * 2;
            rank = Arrays.copyOf(rank, capacity);
            firstToken = Arrays.copyOf(firstToken, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            value = Arrays.copyOf(value, capacity);
            voice = Arrays.copyOf(voice, capacity);
        }
        rank[count] = actorRank;
        firstToken[count] = token;
        start[count] = startChar;
        end[count] = endChar;
        value[count] = contribution;
        voice[count] = (byte) pieceVoice.ordinal();
        count++;
    }

    /** Groups the pieces by the rank of their actor, {@code 0} to {@code rankCount - 1}, keeping the order added. */
    void groupByRank(int rankCount) {
        byRank.group(count, rankCount, i -> rank[i]);
        if (order.length < count) {
            order = new long[Math.max(count, order.length * 2)];
        }
    }

    /**
     * Adds the evidence of the actor of rank {@code actorRank} to the current actor of
     * {@code columns}, in text order: one piece per token, the first added with the largest
     * contribution.
     */
    void writeTo(ActorColumns columns, int actorRank) {
        int from = byRank.from(actorRank);
        int to = byRank.to(actorRank);
        for (int k = from; k < to; k++) {
            order[k] = (long) firstToken[byRank.item(k)] << 32 | (k - from); // by token, then in the order added
        }
        Arrays.sort(order, from, to);
        int k = from;
        while (k < to) {
            int first = byRank.item(from + (int) order[k]);
            double contribution = value[first];
            int next = k + 1;
            while (next < to && firstToken[byRank.item(from + (int) order[next])] == firstToken[first]) {
                double other = value[byRank.item(from + (int) order[next++])];
                if (Math.abs(other) > Math.abs(contribution)) {
                    contribution = other;
                }
            }
            columns.addEvidence(start[first], end[first], contribution, VOICES[voice[first]]);
            k = next;
        }
    }
}
