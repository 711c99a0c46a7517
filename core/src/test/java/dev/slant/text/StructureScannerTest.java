package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StructureScannerTest {
    private static final StructureScanner SCANNER = StructureScanner.standard();

    private static List<String> tokens(String text) {
        TextStructure structure = SCANNER.scan(text);
        return structure.tokens().stream().map(t -> t.textOf(text)).collect(Collectors.toList());
    }

    private static List<String> sentences(String text) {
        return SCANNER.scan(text).sentences().stream().map(s -> s.textOf(text)).collect(Collectors.toList());
    }

    private static List<String> quotations(String text) {
        return SCANNER.scan(text).quotations().stream().map(q -> q.content().textOf(text)).collect(Collectors.toList());
    }

    @Test
    void keepsInnerHyphensAndApostrophesInWords() {
        assertEquals(List.of("foreign-backed", "Türkiye's", "don't", "S-400", "Su-57"),
                tokens("foreign-backed Türkiye's don't S-400 Su-57"));
    }

    @Test
    void keepsPossessiveApostropheAfterPluralS() {
        assertEquals(List.of("the", "terrorists'", "nests"), tokens("the terrorists' nests"));
        assertEquals(List.of("Workers’", "Party"), tokens("Workers’ Party"));
    }

    @Test
    void readsNumbersAndAcronyms() {
        assertEquals(List.of("3.6", "million", ",", "1,000", "U.S.", "troops"), tokens("3.6 million, 1,000 U.S. troops"));
        assertEquals(TokenKind.NUMBER, SCANNER.scan("1,000").tokens().get(0).kind());
    }

    @Test
    void keepsEllipsisAndDashRunsAsOneToken() {
        assertEquals(List.of("army", "...", "to", "--", "end", "?!"), tokens("army... to -- end ?!"));
    }

    @Test
    void marksOpeningAndClosingQuotes() {
        TextStructure structure = SCANNER.scan("He said \"yes\" today");
        List<TokenKind> kinds = structure.tokens().stream().map(Token::kind).collect(Collectors.toList());
        assertEquals(List.of(TokenKind.WORD, TokenKind.WORD, TokenKind.OPEN_QUOTE, TokenKind.WORD,
                TokenKind.CLOSE_QUOTE, TokenKind.WORD), kinds);
    }

    @Test
    void splitsSentencesButNotAfterAbbreviations() {
        assertEquals(List.of("Mr. Putin met Gen. Smith on Sept. 16 in the U.S. capital.", "Then he left."),
                sentences("Mr. Putin met Gen. Smith on Sept. 16 in the U.S. capital. Then he left."));
    }

    @Test
    void doesNotSplitAfterInitials() {
        assertEquals(1, sentences("George W. Bush spoke.").size());
    }

    @Test
    void doesNotSplitInsideAPartyAndStateAbbreviation() {
        assertEquals(List.of("Sen. Ana Ortiz (R-S.C.) spoke.", "Then she left."),
                sentences("Sen. Ana Ortiz (R-S.C.) spoke. Then she left."));
    }

    @Test
    void keepsClosingQuoteInTheSentenceItEnds() {
        assertEquals(List.of("\"We do not want this.\"", "He left."), sentences("\"We do not want this.\" He left."));
    }

    @Test
    void doesNotSplitBeforeLowerCaseAfterEllipsis() {
        assertEquals(1, sentences("\"Putin said ... but at the same time\" he said.").size());
    }

    @Test
    void singleLineBreakIsNotASentenceBoundary() {
        String text = "President Vladimir Putin said on Tuesday that Russia and Turkey had agreed steps to tackle\n"
                + "militants in northwest Syria.";
        assertEquals(1, sentences(text).size());
        assertEquals(1, SCANNER.scan(text).paragraphs().size());
    }

    @Test
    void blankLineEndsParagraphAndSentence() {
        String text = "Close ties despite Syria\n\nA senior Turkish official said so.";
        assertEquals(List.of("Close ties despite Syria", "A senior Turkish official said so."), sentences(text));
        assertEquals(2, SCANNER.scan(text).paragraphs().size());
    }

    @Test
    void pairsCurlyAndStraightQuotations() {
        assertEquals(List.of("we will", "terrorists"), quotations("Putin said \"we will\" root out “terrorists” now"));
    }

    @Test
    void nestsQuotations() {
        TextStructure structure = SCANNER.scan("“He called them ‘rebels’ today,” she said.");
        assertEquals(2, structure.quotations().size());
        assertEquals(0, structure.quotations().get(0).depth());
        assertEquals(1, structure.quotations().get(1).depth());
        assertEquals("rebels", structure.quotations().get(1).content().textOf(structure.text()));
    }

    @Test
    void tellsApostrophesFromSingleQuotes() {
        String text = "Putin declares 'eradicating' terrorists' nests in Türkiye's north";
        assertEquals(List.of("eradicating"), quotations(text));
        assertTrue(tokens(text).contains("terrorists'"));
    }

    @Test
    void readsGuillemets() {
        assertEquals(List.of("Olive Branch"), quotations("the operation «Olive Branch» began"));
    }

    @Test
    void continuesQuotationThatReopensOnEachParagraph() {
        String text = "\"The first paragraph of the quote.\n\n\"The second paragraph,\" he said.";
        TextStructure structure = SCANNER.scan(text);
        assertEquals(1, structure.quotations().size());
        Quotation quotation = structure.quotations().get(0);
        assertTrue(quotation.closed());
        assertEquals(text.indexOf(" he said") - 1, quotation.content().end());
        assertTrue(structure.diagnostics().isEmpty(), () -> structure.diagnostics().toString());
    }

    @Test
    void endsUnclosedQuotationWithItsParagraph() {
        String text = "\"An opening that never closes.\n\nA new paragraph in the narrator's voice.";
        TextStructure structure = SCANNER.scan(text);
        Quotation quotation = structure.quotations().get(0);
        assertFalse(quotation.closed());
        assertEquals(text.indexOf("closes.") + "closes.".length(), quotation.span().end());
        assertEquals(DiagnosticCode.UNCLOSED_QUOTATION, structure.diagnostics().get(0).code());
    }

    @Test
    void readsDoubledMarkAsOne() {
        String text = "agreed to \"\"normalize\" the situation";
        assertEquals(List.of("normalize"), quotations(text));
        assertEquals(DiagnosticCode.DOUBLED_QUOTE_MARK, SCANNER.scan(text).diagnostics().get(0).code());
    }

    @Test
    void readsTypewriterDoubleMark() {
        assertEquals(List.of("I conveyed it,"), quotations("''I conveyed it,\" Erdogan added."));
    }

    @Test
    void closesInnerQuotationWhenOuterCloses() {
        String text = "forces were \"'raining death on civilians.\" He said";
        TextStructure structure = SCANNER.scan(text);
        assertEquals(2, structure.quotations().size());
        assertTrue(structure.quotations().get(0).closed());
        assertFalse(structure.quotations().get(1).closed());
    }

    @Test
    void reportsCharacterProblemsOncePerKind() {
        TextStructure structure = SCANNER.scan("a \uFFFD b \uFFFD c \uD800 d \u0001");
        List<DiagnosticCode> codes = structure.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
        assertEquals(List.of(DiagnosticCode.CONTROL_CHARACTERS, DiagnosticCode.LONE_SURROGATES,
                DiagnosticCode.REPLACEMENT_CHARACTERS), codes);
        assertEquals(2, structure.diagnostics().get(2).count());
    }

    @Test
    void reportsEmptyText() {
        assertEquals(DiagnosticCode.EMPTY_TEXT, SCANNER.scan(" \n ").diagnostics().get(0).code());
    }

    @Test
    void reportsUnmatchedClosingQuote() {
        TextStructure structure = SCANNER.scan("he said” nothing");
        assertEquals(DiagnosticCode.UNMATCHED_CLOSING_QUOTE, structure.diagnostics().get(0).code());
        assertTrue(structure.quotations().isEmpty());
    }

    @Test
    void hashesFoldCaseApostrophesAndPossessives() {
        assertEquals(TokenHash.of("terrorist"), TokenHash.of("Terrorist's"));
        assertEquals(TokenHash.of("terrorists"), TokenHash.of("terrorists’"));
        assertEquals(TokenHash.of("türkiye"), TokenHash.of("TÜRKIYE"));
        assertFalse(TokenHash.of("terrorist") == TokenHash.of("terrorists"));
    }

    @Test
    void hashesWhileScanningAsTokenHashDoes() {
        StructureBuffer buffer = new StructureBuffer();
        for (String text : StructureConformance.CORPUS) {
            SCANNER.scan(text, buffer, new Diagnostics(100));
            for (int i = 0; i < buffer.tokenCount(); i++) {
                int token = i;
                assertEquals(TokenHash.of(text, buffer.tokenStart(i), buffer.tokenEnd(i)), buffer.tokenHash(i),
                        () -> "hash of " + text.substring(buffer.tokenStart(token), buffer.tokenEnd(token)));
            }
        }
    }

    @Test
    void reusedBufferReadsASmallTextAfterAHugeOneAsAFreshOneDoes() {
        StructureBuffer reused = new StructureBuffer();
        SCANNER.scan("Rebels and \"terrorists\" fought. ".repeat(200_000), reused, new Diagnostics(10));
        String small = "Mr. Putin said \"we will\" act.\n\nThe U.S. disagreed.";
        SCANNER.scan(small, reused, new Diagnostics(10));
        StructureBuffer fresh = new StructureBuffer();
        SCANNER.scan(small, fresh, new Diagnostics(10));
        assertEquals(fresh.tokenCount(), reused.tokenCount());
        for (int i = 0; i < fresh.tokenCount(); i++) {
            assertEquals(fresh.tokenStart(i), reused.tokenStart(i));
            assertEquals(fresh.tokenEnd(i), reused.tokenEnd(i));
            assertEquals(fresh.tokenHash(i), reused.tokenHash(i));
        }
        assertEquals(fresh.quotationCount(), reused.quotationCount());
        assertEquals(fresh.sentenceCount(), reused.sentenceCount());
    }

    @Test
    void foldsIndependentlyOfTheDefaultLocale() {
        // Under tr-TR, String.toLowerCase() maps 'I' to a dotless 'ı'; matching must not.
        assertEquals(TokenHash.of("idlib"), TokenHash.of("IDLIB"));
    }
}
