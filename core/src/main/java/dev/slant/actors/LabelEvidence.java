package dev.slant.actors;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.sentiment.ValencedWords;
import dev.slant.text.StructureBuffer;
import java.util.Arrays;

/**
 * The labels of one text that carry valence and name no actor ("liberation", "massacre",
 * "terrorist attack"), in text order: the label packs' connotations count as evidence toward the
 * actors near them, like valence words; a valence word inside a longer label does not count
 * besides it, and a word that is both counts once. Reused from text to text by one thread.
 */
final class LabelEvidence implements ValencedWords {
    private int count;
    private int[] first = new int[16];
    private int[] end = new int[16];
    private double[] valence = new double[16];
    private int[] quotation = new int[16];
    private boolean[] covered = new boolean[64];
    /** For each token where such a label starts, the token after it; 0 elsewhere. */
    private int[] labelEnd = new int[64];

    void collect(StructureBuffer text, MatchBuffer matches, Lexicon terms, int[] tokenActor) {
        int tokens = text.tokenCount();
        count = 0;
        if (covered.length < tokens) {
            covered = new boolean[Math.max(tokens, covered.length * 2)];
            labelEnd = new int[covered.length];
        } else {
            Arrays.fill(covered, 0, tokens, false);
            Arrays.fill(labelEnd, 0, tokens, 0);
        }
        for (int m = 0; m < matches.count(); m++) {
            int group = matches.group(m);
            if (!terms.groupHas(group, Category.LABEL) || tokenActor[matches.firstToken(m)] >= 0) {
                continue;
            }
            double value = 0;
            for (int k = 0; k < terms.groupSize(group) && value == 0; k++) {
                int entry = terms.groupEntryId(group, k);
                if (terms.entry(entry).category() == Category.LABEL) {
                    value = terms.entry(entry).valence();
                }
            }
            if (value != 0) {
                add(matches.firstToken(m), matches.endToken(m), value, text.innermostQuotation(
                        text.tokenStart(matches.firstToken(m)), text.tokenEnd(matches.endToken(m) - 1)));
                Arrays.fill(covered, matches.firstToken(m), matches.endToken(m), true);
                labelEnd[matches.firstToken(m)] = matches.endToken(m);
            }
        }
    }

    private void add(int from, int to, double value, int quote) {
        if (count == first.length) {
            first = Arrays.copyOf(first, count * 2);
            end = Arrays.copyOf(end, count * 2);
            valence = Arrays.copyOf(valence, count * 2);
            quotation = Arrays.copyOf(quotation, count * 2);
        }
        first[count] = from;
        end[count] = to;
        valence[count] = value;
        quotation[count] = quote;
        count++;
    }

    /** Whether such a label spans exactly the tokens {@code [from, to)}. */
    boolean startsAt(int from, int to) {
        return labelEnd[from] == to;
    }

    /** Whether token {@code t} is part of such a label. */
    boolean covers(int t) {
        return covered[t];
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public int firstToken(int i) {
        return first[i];
    }

    @Override
    public int endToken(int i) {
        return end[i];
    }

    @Override
    public double valence(int i) {
        return valence[i];
    }

    @Override
    public int quotation(int i) {
        return quotation[i];
    }

    @Override
    public int firstFrom(int t) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (first[mid] < t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
