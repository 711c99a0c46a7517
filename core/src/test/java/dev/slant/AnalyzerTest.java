package dev.slant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Inflection;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Tag;
import dev.slant.report.ArticleReport;
import dev.slant.report.ConceptScore;
import dev.slant.report.Term;
import dev.slant.report.VoiceCounts;
import dev.slant.text.DiagnosticCode;
import dev.slant.text.Span;
import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    static final LexiconPack PACK = LexiconPack.builder("test/en")
            .add(label("terrorist", -0.9, Tag.DELEGITIMISING))
            .add(label("foreign-backed terrorist", -1.0, Tag.DELEGITIMISING, Tag.FOREIGN_AGENCY))
            .add(label("rebel", -0.1))
            .add(LexiconEntry.builder("say", Category.REPORT_VERB).inflection(Inflection.VERB).build())
            .add(LexiconEntry.builder("said", Category.REPORT_VERB).build())
            .add(LexiconEntry.builder("so-called", Category.DISTANCING).valence(-0.5).build())
            .build();

    static final Analyzer ANALYZER = Slant.analyzer().defaults(false).lexicon(PACK).build();

    private static LexiconEntry label(String phrase, double valence, Tag... tags) {
        return LexiconEntry.builder(phrase, Category.LABEL).concept("armed-groups", phrase).valence(valence)
                .tags(tags).inflection(Inflection.NOUN).build();
    }

    private static List<String> voices(ArticleReport report) {
        return report.terms().stream().filter(t -> t.entry().category() == Category.LABEL)
                .map(t -> t.text() + ":" + t.voice().kind().id()).collect(Collectors.toList());
    }

    @Test
    void labelsInTheOutletsOwnWordsAreTheNarrators() {
        ArticleReport report = ANALYZER.analyze("The army fought foreign-backed terrorists in Idlib.");
        assertEquals(List.of("foreign-backed terrorists:narrator"), voices(report));
        Term term = report.terms().get(0);
        assertEquals(new Span(16, 41), term.span());
        assertEquals("test/en", term.entry().origin().pack());
    }

    @Test
    void labelsInsideSpeechAreQuoted() {
        String text = "\"We will neutralize the terrorists' nests in Idlib,\" Putin said.";
        ArticleReport report = ANALYZER.analyze(text);
        assertEquals(List.of("terrorists':quoted"), voices(report));
        assertEquals(new Span(0, text.indexOf(" Putin")), report.terms().get(0).voice().quote().orElseThrow());
    }

    @Test
    void shortQuotationWithoutSpeakerIsScareQuotes() {
        ArticleReport report = ANALYZER.analyze("They outlined measures aimed at rooting out \"terrorists\" in Idlib.");
        assertEquals(List.of("terrorists:distanced"), voices(report));
    }

    @Test
    void shortQuotationAfterReportingVerbIsSpeech() {
        assertEquals(List.of("rebels:quoted"), voices(ANALYZER.analyze("He said \"rebels\" attacked.")));
        assertEquals(List.of("Rebels:quoted"), voices(ANALYZER.analyze("\"Rebels,\" he said.")));
        assertEquals(List.of("rebels:quoted"), voices(ANALYZER.analyze("Putin says: \"rebels\".")));
    }

    @Test
    void wordsAfterDistancingMarkerAreDistanced() {
        ArticleReport report = ANALYZER.analyze("the so-called rebels attacked; rebels retreated");
        assertEquals(List.of("rebels:distanced", "rebels:narrator"), voices(report));
        assertEquals(new Span(4, 13), report.terms().get(1).voice().marker().orElseThrow());
    }

    @Test
    void scoresCountByVoiceAndRatePerThousandWords() {
        ArticleReport report = ANALYZER.analyze("Rebels and terrorists fought. \"The terrorists are here,\" he said.");
        assertEquals(10, report.tokens());
        VoiceCounts labels = report.scores().byCategory().get(Category.LABEL);
        assertEquals(new VoiceCounts(2, 0, 1, 0), labels);
        assertEquals(200.0, labels.per1000(VoiceKind.NARRATOR, report.tokens()), 1e-9);
        ConceptScore groups = report.scores().byConcept().get("armed-groups");
        assertEquals((-0.1 + -0.9) / 2, groups.narratorValence().getAsDouble(), 1e-9);
    }

    @Test
    void fastAccessorsAgreeWithTheTermView() {
        ArticleReport report = ANALYZER.analyze("Rebels and \"terrorists\" fought; the so-called rebels said so.");
        assertEquals(report.terms().size(), report.termCount());
        for (int i = 0; i < report.termCount(); i++) {
            Term term = report.terms().get(i);
            assertEquals(term.span(), new Span(report.termStart(i), report.termEnd(i)));
            assertEquals(term.entry(), report.termEntry(i));
            assertEquals(term.voice().kind(), report.termVoice(i));
        }
    }

    @Test
    void conceptNamedOnlyInQuotesHasNoNarratorValence() {
        ArticleReport report = ANALYZER.analyze("\"Terrorists are everywhere,\" he said.");
        assertFalse(report.scores().byConcept().get("armed-groups").narratorValence().isPresent());
    }

    @Test
    void badInputNeverThrows() {
        List<String> inputs = List.of("", "   \n\t ", "\u0000\u0001\u0002\u00FF\u00FE binary \u0007",
                "\"unbalanced ' quotes “ everywhere", "\uD800\uDC00\uDC00\uD800 lone surrogates",
                "broken \uFFFD characters", "x".repeat(100_000), "\"".repeat(10_000), "'".repeat(10_000),
                "so-called".repeat(1000), "rebels ".repeat(10_000));
        for (String input : inputs) {
            ArticleReport report = ANALYZER.analyze(input);
            assertTrue(report.diagnostics().size() <= 101, "diagnostics must stay bounded");
        }
    }

    @Test
    void diagnosticsStayBounded() {
        ArticleReport report = ANALYZER.analyze("he said” ".repeat(1000));
        assertEquals(101, report.diagnostics().size());
        assertEquals(DiagnosticCode.DIAGNOSTICS_TRUNCATED, report.diagnostics().get(100).code());
        assertEquals(900, report.diagnostics().get(100).count());
    }

    @Test
    void emptyTextGivesAnEmptyReportWithADiagnostic() {
        ArticleReport report = ANALYZER.analyze("");
        assertEquals(0, report.tokens());
        assertTrue(report.terms().isEmpty());
        assertEquals(DiagnosticCode.EMPTY_TEXT, report.diagnostics().get(0).code());
    }

    @Test
    void analyzesAFiftyMegabyteArticle() {
        String paragraph = "Foreign-backed terrorists attacked, \"rebels\" said. The so-called rebels left.\n\n";
        StringBuilder text = new StringBuilder(50 * 1024 * 1024 + paragraph.length());
        while (text.length() < 50 * 1024 * 1024) {
            text.append(paragraph);
        }
        ArticleReport report = ANALYZER.analyze(text.toString());
        int paragraphs = text.length() / paragraph.length();
        assertEquals(paragraphs, report.scores().byCategory().get(Category.LABEL).narrator());
        assertEquals(paragraphs * 2, report.scores().byCategory().get(Category.LABEL).quoted()
                + report.scores().byCategory().get(Category.LABEL).distanced());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Rebels and terrorists fought. \"The terrorists are here,\" he said.";
        ArticleReport expected = ANALYZER.analyze(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArticleReport>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String other = i % 2 == 0 ? text : "so-called rebels " + i;
                results.add(pool.submit(() -> ANALYZER.analyze(other)));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertEquals(expected, results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesToBuildWithoutAnyPack() {
        assertThrows(IllegalStateException.class, () -> Slant.analyzer().defaults(false).build());
    }
}
