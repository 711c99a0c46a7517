package dev.slant.lexicon;

import java.util.Arrays;

/**
 * The phrase matches of one text as primitive arrays, reusable from text to text: match {@code m}
 * covers tokens {@code [firstToken(m), endToken(m))} and stands for the entries
 * {@link Lexicon#entriesOf(int)} of its {@link #group(int)}. Not thread-safe.
 */
public final class MatchBuffer {
    private int count;
    private int[] firstToken = new int[32];
    private int[] endToken = new int[32];
    private int[] group = new int[32];

    void clear() {
        count = 0;
    }

    void add(int first, int end, int entryGroup) {
        if (count == firstToken.length) {
            int capacity = count * 2;
            firstToken = Arrays.copyOf(firstToken, capacity);
            endToken = Arrays.copyOf(endToken, capacity);
            group = Arrays.copyOf(group, capacity);
        }
        firstToken[count] = first;
        endToken[count] = end;
        group[count] = entryGroup;
        count++;
    }

    /**
     * Returns the number of matches.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the first token of match {@code m}.
     *
     * @param m a match index
     * @return a token index
     */
    public int firstToken(int m) {
        return firstToken[m];
    }

    /**
     * Returns the token after the last token of match {@code m}.
     *
     * @param m a match index
     * @return a token index, exclusive
     */
    public int endToken(int m) {
        return endToken[m];
    }

    /**
     * Returns the entry group of match {@code m}: pass it to {@link Lexicon#entriesOf(int)}.
     *
     * @param m a match index
     * @return a group id
     */
    public int group(int m) {
        return group[m];
    }
}
