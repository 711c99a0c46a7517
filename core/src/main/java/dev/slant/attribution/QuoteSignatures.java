package dev.slant.attribution;

/**
 * Reads the signature that follows a quotation in collected reader comments and epigraphs: a dash
 * and the speaker's name right after the closing mark ('"We deserve better." ― Ana Ruiz'). The
 * dash is the cue, the name the source, the quotation what was said. Reused from text to text by
 * one thread.
 */
final class QuoteSignatures {
    /** The longest name of a signature, in words and initials ("Julie A. Diaz Martinez"). */
    private static final int MAX_NAME_TOKENS = 6;

    private final TokenReader reader;

    QuoteSignatures(TokenReader reader) {
        this.reader = reader;
    }

    /**
     * Returns the token after the name of a signature whose dash is token {@code dash}, or -1 when
     * {@code dash} opens no signature: it must follow the closing mark of a speech quotation, and
     * a name of capitalised words (and initials) must follow it to the end of its sentence.
     *
     * @param dash a token index
     * @param sentenceEnd the end of the dash's sentence
     * @return a token index, or -1
     */
    int nameEnd(int dash, int sentenceEnd) {
        int close = dash - 1;
        if (!reader.isDash(dash) || !reader.isQuoteClose(close) || reader.quoteOf(close) < 0
                || !reader.isSpeech(reader.quoteOf(close))) {
            return -1;
        }
        int t = dash + 1;
        while (t < sentenceEnd && t - dash <= MAX_NAME_TOKENS
                && (reader.isCapitalised(t) || reader.isMark(t, '.') && reader.isCapitalised(t - 1))) {
            t++;
        }
        boolean named = t > dash + 1 && reader.isCapitalised(dash + 1);
        boolean ends = t == sentenceEnd || reader.isSentenceEnd(t) || reader.isQuoteOpen(t);
        return named && ends ? t : -1;
    }
}
