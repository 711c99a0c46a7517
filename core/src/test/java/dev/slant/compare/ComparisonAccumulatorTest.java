package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Inflection;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Stance;
import dev.slant.lexicon.Tag;
import dev.slant.report.ArticleReport;
import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonAccumulatorTest {
    private static final LexiconPack PACK = LexiconPack.builder("test/en")
            .add(label("terrorist", -0.9, Tag.DELEGITIMISING))
            .add(label("rebel", -0.1))
            .add(LexiconEntry.builder("said", Category.REPORT_VERB).stance(Stance.NEUTRAL).build())
            .add(LexiconEntry.builder("alleged", Category.REPORT_VERB).stance(Stance.DISTANCING).build())
            .add(LexiconEntry.builder("so-called", Category.DISTANCING).valence(-0.4).build())
            .add(LexiconEntry.builder("reportedly", Category.HEDGE).build())
            .build();
    private static final Analyzer ANALYZER = Slant.analyzer().defaults(false).lexicon(PACK).build();

    private static LexiconEntry label(String phrase, double valence, Tag... tags) {
        return LexiconEntry.builder(phrase, Category.LABEL).concept("armed-groups", phrase + "s").valence(valence)
                .tags(tags).inflection(Inflection.NOUN).build();
    }

    private static ArticleReport report(String outlet, String text) {
        return ANALYZER.analyze(new Article(outlet + "-1", outlet, "", "", "", text));
    }

    private static final List<ArticleReport> REPORTS = List.of(
            report("A", "The army fought terrorists. The terrorists fled, reportedly."),
            report("A", "Terrorists shelled the town. Smith alleged the rebels fled."),
            report("B", "The army fought rebels. The rebels fled to the so-called safe zone."),
            report("B", "Rebels held the town. \"These terrorists must go,\" Jones said."));

    private static Comparison compare() {
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        REPORTS.forEach(accumulator::add);
        return accumulator.result();
    }

    @Test
    void countsEachOutletsLabelsByVoice() {
        Comparison comparison = compare();
        OutletProfile a = comparison.outlet("A").orElseThrow();
        assertEquals(Map.of("terrorists", 3), a.labelCounts("armed-groups", VoiceKind.NARRATOR));
        assertEquals(Map.of("rebels", 1), a.labelCounts("armed-groups", VoiceKind.REPORTED));
        OutletProfile b = comparison.outlet("B").orElseThrow();
        assertEquals(Map.of("rebels", 3), b.labelCounts("armed-groups", VoiceKind.NARRATOR));
        assertEquals(Map.of("terrorists", 1), b.labelCounts("armed-groups", VoiceKind.QUOTED));
        assertEquals(Map.of("terrorists", 1.0), a.labelShares("armed-groups", VoiceKind.NARRATOR));
        assertEquals(2, a.articles());
    }

    @Test
    void theLabelCountsAreTheSumsOfTheReportsConceptCounts() {
        Comparison comparison = compare();
        for (String outlet : List.of("A", "B")) {
            int fromReports = REPORTS.stream().filter(r -> r.article().outlet().equals(outlet))
                    .mapToInt(r -> r.scores().byConcept().get("armed-groups").counts().count(VoiceKind.NARRATOR)).sum();
            int fromComparison = comparison.outlet(outlet).orElseThrow().labelCounts("armed-groups", VoiceKind.NARRATOR)
                    .values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(fromReports, fromComparison, outlet);
        }
    }

    @Test
    void outletsWithNoLabelInCommonDivergeByOneBitAndEachHasItsDistinctiveLabel() {
        LabelDistribution narrator = compare().concept("armed-groups").orElseThrow().voice(VoiceKind.NARRATOR)
                .orElseThrow();
        assertEquals(List.of("A", "B"), narrator.divergence().outlets());
        assertEquals(1.0, narrator.divergence().get("A", "B"), 1e-12);
        assertEquals(0.0, narrator.divergence().get("A", "A"), 1e-12);
        assertEquals("terrorists", narrator.outlet("A").orElseThrow().distinctive().get(0).label());
        assertEquals("rebels", narrator.outlet("B").orElseThrow().distinctive().get(0).label());
        assertTrue(narrator.outlet("A").orElseThrow().distinctive().get(0).z() > 0);
        assertEquals(-0.9, narrator.outlet("A").orElseThrow().meanValence().orElseThrow(), 1e-12);
        assertTrue(narrator.outlet("A").orElseThrow().smallSample(), "3 terms are fewer than 10");
    }

    @Test
    void ratesAreCountsPerThousandOfTheOutletsTokens() {
        OutletProfile a = compare().outlet("A").orElseThrow();
        long tokens = REPORTS.stream().filter(r -> r.article().outlet().equals("A")).mapToLong(ArticleReport::tokens)
                .sum();
        assertEquals(tokens, a.tokens());
        assertEquals(3, a.loadedTerms(), "three narrator 'terrorists' (delegitimising); 'rebels' is not loaded");
        assertEquals(3, a.narratorLoadedTerms());
        assertEquals(1, a.hedges());
        assertEquals(3 * 1000.0 / tokens, a.per1000(a.loadedTerms()), 1e-12);
        OutletProfile b = compare().outlet("B").orElseThrow();
        assertEquals(1, b.distancingMarkers());
        assertEquals(1, b.loadedTerms(), "the quoted 'terrorists'");
        assertEquals(0, b.narratorLoadedTerms());
        assertTrue(a.smallSample());
    }

    @Test
    void statementsGoToTheActorNamedInTheSourceWithTheStanceOfTheirCue() {
        Comparison comparison = compare();
        ActorComparison jones = comparison.actors().stream().filter(a -> a.name().equals("Jones")).findFirst()
                .orElseThrow(() -> new AssertionError(comparison.actors().toString()));
        ActorProfile inB = jones.outlet("B").orElseThrow();
        assertEquals(1, inB.statements());
        assertEquals(1, inB.stances().get(Stance.NEUTRAL));
        assertEquals(1.0, inB.statementShare(), 1e-12, "Jones is the only source B gives");
        assertTrue(jones.outlet("A").isEmpty());
    }

    @Test
    void addingSummariesMadeOnOtherThreadsIsAddingTheReports() throws Exception {
        List<ReportSummary> summaries = java.util.concurrent.ForkJoinPool.commonPool()
                .submit(() -> REPORTS.parallelStream().map(ReportSummary::of).toList()).get();
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        summaries.forEach(accumulator::add);
        assertEquals(compare(), accumulator.result());
    }

    @Test
    void aPronounSourceSpeaksForTheActorItResolvesTo() {
        ArticleReport report = report("C", "Vladimir Putin arrived in Ankara on Monday. He said the rebels fled.");
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        accumulator.add(report);
        assertEquals("Vladimir Putin", report.attributions().get(0).speaker().orElseThrow());
        ActorComparison putin = accumulator.result().actors().stream().filter(a -> a.id().equals("found/putin"))
                .findFirst().orElseThrow(() -> new AssertionError(report.actors().toString()));
        assertEquals(1, putin.outlet("C").orElseThrow().statements());
    }

    @Test
    void aComparisonIsTheSameOnEveryRun() {
        assertEquals(compare(), compare());
    }

    @Test
    void aSingleOutletHasNoDistinctiveLabels() {
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        accumulator.add(REPORTS.get(0));
        LabelDistribution narrator = accumulator.result().concept("armed-groups").orElseThrow()
                .voice(VoiceKind.NARRATOR).orElseThrow();
        assertTrue(narrator.outlet("A").orElseThrow().distinctive().isEmpty());
        assertFalse(accumulator.result().outlets().isEmpty());
    }
}
