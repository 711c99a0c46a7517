package dev.slant.sentiment;

/**
 * Words of a text with a valence of their own from outside the valence packs, such as the labels
 * of the label packs ("liberation", "massacre"), in text order: {@link SentimentScorer#evidence}
 * weighs them toward a target exactly as it weighs valence words.
 */
public interface ValencedWords {

    /**
     * Returns how many words there are.
     *
     * @return the count
     */
    int count();

    /**
     * Returns the first token of word {@code i}.
     *
     * @param i an index in {@code [0, count())}, in text order
     * @return a token index
     */
    int firstToken(int i);

    /**
     * Returns the token after word {@code i}.
     *
     * @param i an index
     * @return a token index, exclusive
     */
    int endToken(int i);

    /**
     * Returns the valence of word {@code i}.
     *
     * @param i an index
     * @return a valence in [-1, 1]
     */
    double valence(int i);

    /**
     * Returns the innermost quotation that holds word {@code i}, as
     * {@link dev.slant.text.StructureBuffer#innermostQuotation(int, int)} finds it.
     *
     * @param i an index
     * @return a quotation index, or -1 outside quotations
     */
    int quotation(int i);

    /**
     * Returns the first word that starts at or after token {@code t}.
     *
     * @param t a token index
     * @return an index in {@code [0, count()]}
     */
    int firstFrom(int t);

    /** No words at all. */
    ValencedWords NONE = new ValencedWords() {
        @Override
        public int count() {
            return 0;
        }

        @Override
        public int firstToken(int i) {
            throw new IndexOutOfBoundsException(i);
        }

        @Override
        public int endToken(int i) {
            throw new IndexOutOfBoundsException(i);
        }

        @Override
        public double valence(int i) {
            throw new IndexOutOfBoundsException(i);
        }

        @Override
        public int quotation(int i) {
            throw new IndexOutOfBoundsException(i);
        }

        @Override
        public int firstFrom(int t) {
            return 0;
        }
    };
}
