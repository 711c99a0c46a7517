package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Conformance checks for anything that produces a {@link TextStructure}: offsets in bounds and
 * never backwards, tokens without white space that reproduce the text, sentences and paragraphs
 * that tile the tokens, quotations that nest. Extend it and implement {@link #structure(String)}.
 */
public abstract class StructureConformance {

    /**
     * Reads the structure of a text with the implementation under test.
     *
     * @param text any text
     * @return its structure
     */
    protected abstract TextStructure structure(String text);

    /** Texts that every implementation must survive, messy ones included. */
    protected static final List<String> CORPUS = List.of(
            "",
            "   \n\n\t  ",
            "Mr. Putin said \"we will\" act. The U.S. disagreed.",
            "“Nested ‘quotes’ here,” he said.\n\n“A quotation\n\n“that runs on,” she added.",
            "'eradicating' terrorists' nests and Türkiye's role; rock 'n' roll '90s",
            "«Guillemets» and ‹single› and \"\"doubled\" and ''typewriter\" marks",
            "unbalanced \" quote ' marks ” everywhere ’ and “ more",
            "lone \uD800 surrogate \uDC00 and \uFFFD replacement \u0000 control \u0007",
            "noSpacesAtAllInThisVeryLongWordThatKeepsGoing".repeat(40),
            "Sept. 16 summit; 3.6 million; 1,000 troops; S-400 and Su-57... Really?! Yes.");

    @Test
    void conformsOnTheCorpus() {
        for (String text : CORPUS) {
            assertConforms(text, structure(text));
        }
    }

    @Test
    void conformsOnRandomText() {
        Random random = new Random(20190827);
        String alphabet = "ab cD\"'“”‘’«».,!?\n\n-–—()[]:;0123\uD83D\uDE00\uD800\uFFFD\t";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertConforms(text.toString(), structure(text.toString()));
        }
    }

    /**
     * Checks the invariants of one structure.
     *
     * @param text the text it was read from
     * @param structure its structure
     */
    public static void assertConforms(String text, TextStructure structure) {
        assertEquals(text, structure.text());
        int previousEnd = 0;
        for (Token token : structure.tokens()) {
            Span span = token.span();
            assertTrue(span.start() >= previousEnd, () -> "token goes backwards at " + span);
            assertTrue(span.end() <= text.length(), () -> "token out of bounds at " + span);
            assertTrue(span.length() > 0, () -> "empty token at " + span);
            String covered = token.textOf(text);
            assertFalse(covered.isBlank(), () -> "white-space token at " + span);
            for (int i = previousEnd; i < span.start(); i++) {
                int at = i;
                assertTrue(isSkippable(text.charAt(i)), () -> "character skipped outside a token at " + at);
            }
            previousEnd = span.end();
        }
        assertTiles(structure.sentences(), structure.tokens(), "sentence");
        assertTiles(structure.paragraphs(), structure.tokens(), "paragraph");
        for (Quotation quotation : structure.quotations()) {
            assertTrue(quotation.span().end() <= text.length(), () -> "quotation out of bounds: " + quotation);
            assertTrue(quotation.span().contains(quotation.content()), () -> "content outside quotation: " + quotation);
        }
        for (Diagnostic diagnostic : structure.diagnostics()) {
            assertTrue(diagnostic.span().end() <= text.length(), () -> "diagnostic out of bounds: " + diagnostic);
        }
    }

    private static boolean isSkippable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\uFEFF';
    }

    private static void assertTiles(List<Span> units, List<Token> tokens, String what) {
        if (tokens.isEmpty()) {
            assertTrue(units.isEmpty(), () -> what + "s without tokens");
            return;
        }
        assertEquals(tokens.get(0).span().start(), units.get(0).start(), what + "s must start at the first token");
        assertEquals(tokens.get(tokens.size() - 1).span().end(), units.get(units.size() - 1).end(),
                what + "s must end at the last token");
        for (int i = 1; i < units.size(); i++) {
            assertTrue(units.get(i - 1).end() <= units.get(i).start(), what + "s overlap at " + units.get(i));
        }
    }
}
