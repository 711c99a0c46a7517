package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Tag;
import org.junit.jupiter.api.Test;

class LoadedTermsTest {

    private static LexiconEntry label(double valence, Tag... tags) {
        return LexiconEntry.builder("x", Category.LABEL).concept("c", "x").valence(valence).tags(tags).build();
    }

    @Test
    void aLabelOfStrongValenceIsLoadedEitherWay() {
        assertTrue(LoadedTerms.isLoaded(label(-0.9)));
        assertTrue(LoadedTerms.isLoaded(label(0.5)));
        assertFalse(LoadedTerms.isLoaded(label(-0.49)));
        assertFalse(LoadedTerms.isLoaded(label(0)));
    }

    @Test
    void aTagOfLegitimacyOrHumanityMakesAnyTermLoaded() {
        assertTrue(LoadedTerms.isLoaded(label(0.1, Tag.LEGITIMISING)));
        assertTrue(LoadedTerms.isLoaded(LexiconEntry.builder("vermin", Category.SUBJECTIVE).tags(Tag.DEHUMANISING)
                .build()));
        assertFalse(LoadedTerms.isLoaded(label(-0.2, Tag.FOREIGN_AGENCY)));
        assertFalse(LoadedTerms.isLoaded(LexiconEntry.builder("awful", Category.SUBJECTIVE).valence(-0.9).build()),
                "strong valence alone makes only labels loaded");
    }

    @Test
    void settingsRejectValuesThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> ComparisonSettings.defaults().withMinTerms(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new ComparisonSettings(10, 10, 1000, 0, 5, 1000, 1000, 1));
    }
}
