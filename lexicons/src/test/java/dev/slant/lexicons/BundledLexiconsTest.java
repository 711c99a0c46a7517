package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Lexicons;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledLexiconsTest {

    @Test
    void offersEveryBundledPackByName() {
        assertEquals(List.of("bias/en", "conflict-labels/en", "conflict-labels/syria", "distancing/en",
                "loaded-words/en", "migration-labels/en", "reporting-verbs/en", "valence/afinn", "valence/news", "valence/vader"),
                Lexicons.available());
        assertEquals(List.of("bias/en", "conflict-labels/en", "distancing/en", "reporting-verbs/en"), Lexicons.defaults());
    }

    @Test
    void everyPackHasItsHeaderAndLoadsOnce() {
        for (String name : Lexicons.available()) {
            LexiconPack pack = Lexicons.load(name);
            assertEquals(name, pack.name());
            assertFalse(pack.info().version().isBlank());
            assertEquals("en", pack.info().language());
            assertFalse(pack.info().source().isBlank());
            assertTrue(pack == Lexicons.load(name), "packs loaded by name are cached");
        }
    }

    @Test
    void licencesAreThoseTheNoticeCredits() {
        assertEquals("MIT", Lexicons.load("bias/en").info().license());
        assertEquals("Apache-2.0", Lexicons.load("conflict-labels/en").info().license());
        assertEquals("Apache-2.0", Lexicons.load("conflict-labels/syria").info().license());
        assertEquals("Apache-2.0", Lexicons.load("distancing/en").info().license());
        assertEquals("Apache-2.0", Lexicons.load("migration-labels/en").info().license());
        assertEquals("Apache-2.0", Lexicons.load("reporting-verbs/en").info().license());
        assertEquals("MIT", Lexicons.load("valence/vader").info().license());
        assertEquals("Apache-2.0", Lexicons.load("valence/afinn").info().license());
    }

    @Test
    void conflictLabelsAreBroadAndConceptual() {
        List<LexiconEntry> entries = Lexicons.load("conflict-labels/en").entries();
        assertTrue(entries.size() >= 300, "conflict-labels/en has " + entries.size() + " entries");
        assertTrue(entries.stream().allMatch(e -> e.category() == Category.LABEL && e.concept().isPresent()));
        Set<String> concepts = entries.stream().map(e -> e.concept().get()).collect(Collectors.toSet());
        assertTrue(concepts.containsAll(Set.of("armed-groups", "government", "state-forces", "military-action")),
                concepts::toString);
    }

    @Test
    void biasPackCarriesEveryRecasensList() {
        Set<Category> categories = Lexicons.load("bias/en").entries().stream().map(LexiconEntry::category)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Category.REPORT_VERB, Category.HEDGE, Category.FACTIVE, Category.ASSERTIVE,
                Category.IMPLICATIVE, Category.SUBJECTIVE), categories);
    }

    @Test
    void allPacksComposeTogether() {
        List<LexiconPack> all = Lexicons.available().stream().map(Lexicons::load).toList();
        Lexicon lexicon = Lexicon.compile(all);
        assertTrue(lexicon.entries().size() > 1500, lexicon.toString());
    }

    @Test
    void eventPackRefinesGeneralConcepts() {
        LexiconPack syria = Lexicons.load("conflict-labels/syria");
        assertTrue(syria.entries().stream().allMatch(e -> e.concept().orElse("").startsWith("syria/")),
                "every concept of the event pack is namespaced");
    }
}
