package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventPackTest {
    private static final Path SEEDS = Path.of(System.getProperty("slant.seeds"));

    private static Optional<Term> label(ArticleReport report, String words) {
        return report.terms().stream()
                .filter(t -> t.entry().category() == Category.LABEL && t.text().equals(words)).findFirst();
    }

    @Test
    void eventPackComposedAfterTheDefaultsNamesTheIdlibGroups() throws Exception {
        Analyzer analyzer = Slant.analyzer().lexicon("conflict-labels/syria").build();
        ArticleReport reuters = analyzer.analyze(Files.readString(SEEDS.resolve("002_8a02db862622d40e.txt")));
        Term rebels = label(reuters, "rebel fighters").orElseThrow();
        assertEquals(Optional.of("syria/idlib-armed-groups"), rebels.entry().concept());
        assertEquals("conflict-labels/syria", rebels.entry().origin().pack());
        assertEquals(Optional.of("syria/army"), label(reuters, "Syrian army").orElseThrow().entry().concept());
    }

    @Test
    void withoutTheEventPackTheSameWordsNameTheGeneralConcept() throws Exception {
        ArticleReport reuters = Slant.analyze(Files.readString(SEEDS.resolve("002_8a02db862622d40e.txt")));
        assertEquals(Optional.of("armed-groups"), label(reuters, "rebel fighters").orElseThrow().entry().concept());
        assertTrue(reuters.terms().stream().noneMatch(t -> t.entry().concept().orElse("").startsWith("syria/")));
    }
}
