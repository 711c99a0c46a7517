package dev.slant.sentiment;

import dev.slant.text.StructureBuffer;

/** Binary searches from character offsets to tokens and from tokens to sentences. */
final class Tokens {
    private Tokens() {}

    /** The first token that ends after {@code offset}, or -1. */
    static int firstEndingAfter(StructureBuffer text, int offset) {
        int low = 0;
        int high = text.tokenCount() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (text.tokenEnd(mid) > offset) {
                found = mid;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return found;
    }

    /** The last token that starts before {@code offset}, or -1. */
    static int lastStartingBefore(StructureBuffer text, int offset) {
        int low = 0;
        int high = text.tokenCount() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (text.tokenStart(mid) < offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** The sentence of token {@code t}, or -1 when the text has no sentence. */
    static int sentenceOf(StructureBuffer text, int t) {
        int low = 0;
        int high = text.sentenceCount() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (text.sentenceFirstToken(mid) <= t) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
