package dev.slant.attribution;

import dev.slant.text.StructureBuffer;
import java.util.Arrays;

/**
 * The content of each attribution of one text: one or more parts (token ranges), kept as linked
 * lists in primitive arrays, and which attribution owns each token. Reused from text to text by
 * one thread; not thread-safe.
 */
final class ContentParts {
    private int[] firstPart = new int[16];
    private int[] lastPart = new int[16];
    /** Per attribution: whether its content's words are the source's, so that the source owns them. */
    private boolean[] ownsWords = new boolean[16];
    private int count;
    private int[] partFirst = new int[16];
    private int[] partEnd = new int[16];
    private int[] partNext = new int[16];
    /** Per token: the attribution whose content it stands in, or -1. */
    private int[] ownerOfToken = new int[64];

    /** Forgets the parts of the previous text. */
    void reset() {
        count = 0;
    }

    /** Starts attribution {@code a} with no parts. */
    void start(int a) {
        if (a >= firstPart.length) {
            int capacity = Math.max(a + 1, firstPart.length * 2);
            firstPart = Arrays.copyOf(firstPart, capacity);
            lastPart = Arrays.copyOf(lastPart, capacity);
            ownsWords = Arrays.copyOf(ownsWords, capacity);
        }
        firstPart[a] = lastPart[a] = -1;
        ownsWords[a] = true;
    }

    /** Appends the part {@code [first, end)} to attribution {@code a}. */
    void add(int a, int first, int end) {
        if (count == partFirst.length) {
            int capacity = count * 2;
            partFirst = Arrays.copyOf(partFirst, capacity);
            partEnd = Arrays.copyOf(partEnd, capacity);
            partNext = Arrays.copyOf(partNext, capacity);
        }
        int p = count++;
        partFirst[p] = first;
        partEnd[p] = end;
        partNext[p] = -1;
        if (firstPart[a] < 0) {
            firstPart[a] = p;
        } else {
            partNext[lastPart[a]] = p;
        }
        lastPart[a] = p;
    }

    /**
     * Marks attribution {@code a}'s content as the writer's description of what the source acts
     * on ("supports the army's offensive"), not the source's words: its tokens get no owner.
     */
    void disown(int a) {
        ownsWords[a] = false;
    }

    /** Gives attribution {@code to} the parts of attribution {@code from}, in place of its own. */
    void move(int from, int to) {
        firstPart[to] = firstPart[from];
        lastPart[to] = lastPart[from];
        ownsWords[to] = ownsWords[from];
    }

    /** Removes the only part of attribution {@code a}, the last part added. */
    void dropOnly(int a) {
        count--;
        firstPart[a] = lastPart[a] = -1;
    }

    boolean isEmpty(int a) {
        return firstPart[a] < 0;
    }

    /** The first token of attribution {@code a}'s content, or -1 when it has none. */
    int firstToken(int a) {
        return firstPart[a] < 0 ? -1 : partFirst[firstPart[a]];
    }

    /** The first token of attribution {@code a}'s last part, or -1 when it has none. */
    int lastPartFirst(int a) {
        return lastPart[a] < 0 ? -1 : partFirst[lastPart[a]];
    }

    /** Ends attribution {@code a}'s last part before token {@code end}. */
    void endLastPartAt(int a, int end) {
        partEnd[lastPart[a]] = end;
    }

    /** Whether attribution {@code a}'s first part is attribution {@code b}'s last. */
    boolean startsWithLastOf(int a, int b) {
        int p = firstPart[a];
        int q = lastPart[b];
        return partFirst[p] == partFirst[q] && partEnd[p] == partEnd[q];
    }

    boolean contains(int a, int t) {
        for (int p = firstPart[a]; p >= 0; p = partNext[p]) {
            if (partFirst[p] <= t && t < partEnd[p]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a part of attribution {@code a} starts in a speech quotation. */
    boolean hasQuotedPart(int a, TokenReader reader) {
        for (int p = firstPart[a]; p >= 0; p = partNext[p]) {
            int q = reader.quoteOf(partFirst[p]);
            if (q >= 0 && reader.isSpeech(q)) {
                return true;
            }
        }
        return false;
    }

    /** Direct when every part is one speech quotation; mixed when a part holds a quotation; else indirect. */
    AttributionKind kindOf(int a, TokenReader reader) {
        boolean allQuoted = true;
        boolean anyQuoted = false;
        for (int p = firstPart[a]; p >= 0; p = partNext[p]) {
            int first = partFirst[p];
            int last = partEnd[p] - 1;
            int q = reader.quoteOf(first);
            int close = q >= 0 ? reader.structure().quoteCloseToken(q) : -1;
            boolean whole = reader.isQuoteOpen(first) && q >= 0 && reader.isSpeech(q) && (close == last || close < 0);
            allQuoted &= whole;
            anyQuoted |= whole || reader.hasQuotationIn(first, last + 1);
        }
        return allQuoted ? AttributionKind.DIRECT : anyQuoted ? AttributionKind.MIXED : AttributionKind.INDIRECT;
    }

    /** Attribution {@code a}'s parts as character offsets: start, end, start, end... */
    int[] offsets(int a, StructureBuffer tokens) {
        int n = 0;
        for (int p = firstPart[a]; p >= 0; p = partNext[p]) {
            n++;
        }
        int[] offsets = new int[2 * n];
        int i = 0;
        for (int p = firstPart[a]; p >= 0; p = partNext[p]) {
            offsets[i++] = tokens.tokenStart(partFirst[p]);
            offsets[i++] = tokens.tokenEnd(partEnd[p] - 1);
        }
        return offsets;
    }

    /**
     * Marks each token with the attribution whose content holds it, a later attribution winning,
     * except the content of attributions that do not own their words (see {@link #disown}).
     */
    void markOwners(int tokens, int attributions) {
        if (ownerOfToken.length < tokens) {
            ownerOfToken = new int[Math.max(tokens, ownerOfToken.length * 2)];
        }
        Arrays.fill(ownerOfToken, 0, tokens, -1);
        for (int a = 0; a < attributions; a++) {
            for (int p = ownsWords[a] ? firstPart[a] : -1; p >= 0; p = partNext[p]) {
                Arrays.fill(ownerOfToken, partFirst[p], partEnd[p], a);
            }
        }
    }

    int ownerOf(int t) {
        return ownerOfToken[t];
    }
}
