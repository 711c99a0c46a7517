package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;
import java.util.AbstractList;
import java.util.Objects;

/**
 * Evidence kept in primitive arrays, an immutable list whose {@link Evidence} objects are built
 * when read: a report holds thousands of pieces of evidence that most users only count or sum,
 * so the words are cut from the text only for those who look at them. The arrays are taken, not
 * copied; the maker must not change them.
 */
public final class EvidenceArrays extends AbstractList<Evidence> {
    private final CharSequence text;
    private final int[] start;
    private final int[] end;
    private final double[] contribution;

    /**
     * Creates the list.
     *
     * @param text the text the spans point into
     * @param start each piece's first character
     * @param end each piece's end, exclusive
     * @param contribution each piece's contribution
     */
    public EvidenceArrays(CharSequence text, int[] start, int[] end, double[] contribution) {
        this.text = checkNotNull(text, "text");
        checkArgument(start.length == end.length && end.length == contribution.length,
                "evidence arrays must have equal lengths: %d, %d, %d", start.length, end.length, contribution.length);
        this.start = start;
        this.end = end;
        this.contribution = contribution;
    }

    @Override
    public Evidence get(int i) {
        Objects.checkIndex(i, start.length);
        return new Evidence(new Span(start[i], end[i]), text.subSequence(start[i], end[i]).toString(), contribution[i]);
    }

    /**
     * Returns the contribution of piece {@code i}, without building it.
     *
     * @param i an index
     * @return its contribution
     */
    public double contribution(int i) {
        return contribution[i];
    }

    @Override
    public int size() {
        return start.length;
    }
}
