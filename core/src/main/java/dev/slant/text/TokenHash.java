package dev.slant.text;

import dev.slant.internal.LongHashSet;
import java.util.Collection;

/**
 * The matching key of a token: a 64-bit hash of its folded form, computed on a character range
 * without allocating.
 *
 * <p>Folding lower-cases each UTF-16 unit by Unicode simple case mapping (independent of the
 * default locale), maps the apostrophes {@code ' ’ ‘ ʼ} to {@code '} and the hyphens
 * {@code - ‐ ‑} to {@code -}, and ignores a final possessive {@code 's} or {@code '}. Lexicon
 * phrases are hashed by the same function, so that a phrase matches exactly the tokens that fold
 * to it.
 */
public final class TokenHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TokenHash() {}

    /**
     * Hashes the folded form of {@code text[start, end)}; the scanner's zero-allocation path.
     *
     * @param text the characters
     * @param start the first character, inclusive
     * @param end the last character, exclusive
     * @return the token's matching key
     */
    public static long of(char[] text, int start, int end) {
        int stop = withoutPossessive(text, start, end);
        long h = FNV_OFFSET;
        for (int i = start; i < stop; i++) {
            h = step(h, text[i]);
        }
        return mix(h);
    }

    /** The state of a hash before any character, for hashing while scanning. */
    static final long START = FNV_OFFSET;

    /** Adds one character to a hash state. */
    static long step(long state, char c) {
        return stepFolded(state, fold(c));
    }

    /** Adds one character that is already folded to a hash state. */
    static long stepFolded(long state, char folded) {
        return (state ^ folded) * FNV_PRIME;
    }

    /** Finishes a hash whose token ends with neither a possessive nor an apostrophe. */
    static long finish(long all) {
        return mix(all);
    }

    /**
     * Finishes a hash computed while scanning {@code text[start, end)}, given the states after
     * all characters, after all but the last, and after all but the last two: the possessive
     * rule picks one, as {@link #of(char[], int, int)} would.
     */
    static long finish(char[] text, int start, int end, long all, long allButOne, long allButTwo) {
        int stop = withoutPossessive(text, start, end);
        return mix(stop == end ? all : stop == end - 1 ? allButOne : allButTwo);
    }

    /**
     * Hashes the folded form of {@code text[start, end)}.
     *
     * @param text the text
     * @param start the first character, inclusive
     * @param end the last character, exclusive
     * @return the token's matching key
     */
    public static long of(CharSequence text, int start, int end) {
        return of(text.subSequence(start, end).toString().toCharArray(), 0, end - start);
    }

    /**
     * Hashes a whole string, as {@link #of(CharSequence, int, int)} does a range.
     *
     * @param word the word
     * @return its matching key
     */
    public static long of(CharSequence word) {
        return of(word, 0, word.length());
    }

    /**
     * Returns the matching keys of some words, as a set to test tokens against with
     * {@link StructureBuffer#tokenHash(int)}.
     *
     * @param words the words
     * @return their keys
     */
    public static LongHashSet setOf(Collection<String> words) {
        LongHashSet set = new LongHashSet(words.size());
        for (String word : words) {
            set.add(of(word));
        }
        return set;
    }

    /**
     * Returns the end of {@code text[start, end)} without a final possessive {@code 's} or {@code '}.
     *
     * @param text the text
     * @param start the token's start
     * @param end the token's end
     * @return the end of the token's stem
     */
    public static int withoutPossessive(char[] text, int start, int end) {
        int length = end - start;
        if (length > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && isApostrophe(text[end - 2])) {
            return end - 2;
        }
        if (length > 1 && isApostrophe(text[end - 1])) {
            return end - 1;
        }
        return end;
    }

    /**
     * Folds one character as the hash does.
     *
     * @param c the character
     * @return the folded character
     */
    public static char fold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (isApostrophe(c)) {
            return '\'';
        }
        if (c == '\u2010' || c == '\u2011') {
            return '-';
        }
        return Character.toLowerCase(c);
    }

    /**
     * Tells whether {@code c} is one of the apostrophes folded to {@code '}.
     *
     * @param c the character
     * @return true for {@code ' ’ ‘ ʼ}
     */
    public static boolean isApostrophe(char c) {
        // Most characters are below U+02BC: two comparisons decide them.
        return c == '\'' || c >= '\u02BC' && (c == '\u2019' || c == '\u2018' || c == '\u02BC');
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
