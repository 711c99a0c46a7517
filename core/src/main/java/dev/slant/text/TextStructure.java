package dev.slant.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The immutable structure of one text: its tokens, sentences, paragraphs and quotations, each a
 * span of the original text, with the diagnostics found while reading it.
 *
 * <p>The lists are views over primitive arrays: they allocate an element only when it is read.
 * Get one with {@code StructureScanner.standard().scan(text)}.
 */
public final class TextStructure {
    private final String text;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final byte[] tokenKind;
    private final Span[] sentences;
    private final Span[] paragraphs;
    private final Quotation[] quotations;
    private final List<Diagnostic> diagnostics;

    private TextStructure(String text, StructureBuffer buffer, List<Diagnostic> diagnostics) {
        this.text = text;
        int count = buffer.tokenCount();
        this.tokenStart = Arrays.copyOf(buffer.tokenStart, count);
        this.tokenEnd = Arrays.copyOf(buffer.tokenEnd, count);
        this.tokenKind = Arrays.copyOf(buffer.tokenKind, count);
        this.sentences = new Span[buffer.sentenceCount()];
        for (int s = 0; s < sentences.length; s++) {
            sentences[s] = tokenRange(buffer.sentenceFirstToken(s), buffer.sentenceEndToken(s));
        }
        this.paragraphs = new Span[buffer.paragraphCount()];
        for (int p = 0; p < paragraphs.length; p++) {
            paragraphs[p] = tokenRange(buffer.paragraphFirstToken(p), buffer.paragraphEndToken(p));
        }
        this.quotations = new Quotation[buffer.quotationCount()];
        for (int q = 0; q < quotations.length; q++) {
            quotations[q] = new Quotation(
                    new Span(buffer.quoteStart(q), buffer.quoteEnd(q)),
                    new Span(buffer.quoteContentStart(q), buffer.quoteContentEnd(q)),
                    buffer.quoteStyle(q), buffer.quoteDepth(q), buffer.quoteClosed(q));
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    static TextStructure copyOf(String text, StructureBuffer buffer, List<Diagnostic> diagnostics) {
        return new TextStructure(text, buffer, diagnostics);
    }

    private Span tokenRange(int first, int endToken) {
        return new Span(tokenStart[first], tokenEnd[endToken - 1]);
    }

    /**
     * Returns the text this structure was read from.
     *
     * @return the original text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the tokens in text order.
     *
     * @return an immutable view
     */
    public List<Token> tokens() {
        return new AbstractList<>() {
            @Override
            public Token get(int i) {
                return new Token(new Span(tokenStart[i], tokenEnd[i]), TokenKind.ofOrdinal(tokenKind[i]));
            }

            @Override
            public int size() {
                return tokenStart.length;
            }
        };
    }

    /**
     * Returns the sentences in text order, each from its first token's start to its last token's end.
     *
     * @return an immutable list
     */
    public List<Span> sentences() {
        return List.of(sentences);
    }

    /**
     * Returns the paragraphs in text order.
     *
     * @return an immutable list
     */
    public List<Span> paragraphs() {
        return List.of(paragraphs);
    }

    /**
     * Returns the quotations, ordered by start (an outer quotation before those inside it).
     *
     * @return an immutable list
     */
    public List<Quotation> quotations() {
        return List.of(quotations);
    }

    /**
     * Returns the problems found while reading the text.
     *
     * @return an immutable list, empty for clean text
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
