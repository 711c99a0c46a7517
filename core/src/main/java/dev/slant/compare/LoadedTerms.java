package dev.slant.compare;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Tag;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rule that says which terms are loaded: a label (category {@code label}) whose valence is at
 * least {@value #MIN_VALENCE} in magnitude, or a term of any category with a tag that casts its
 * referent in or out of legitimacy or humanity: {@code delegitimising}, {@code legitimising},
 * {@code dehumanising}, {@code criminalising}, {@code dysphemism}, {@code euphemism}.
 * "Terrorists" (-0.9, delegitimising) and "elected government" (legitimising) are loaded;
 * "rebels" (-0.1) and "Syrian army" (0) are not.
 */
public final class LoadedTerms {
    /** The smallest magnitude of valence that makes a label loaded. */
    public static final double MIN_VALENCE = 0.5;

    private static final Set<Tag> LOADED_TAGS = EnumSet.of(Tag.DELEGITIMISING, Tag.LEGITIMISING, Tag.DEHUMANISING,
            Tag.CRIMINALISING, Tag.DYSPHEMISM, Tag.EUPHEMISM);

    private LoadedTerms() {}

    /**
     * Tells whether a term of this entry is loaded.
     *
     * @param entry a lexicon entry
     * @return true when the rule above holds
     */
    public static boolean isLoaded(LexiconEntry entry) {
        if (entry.category() == Category.LABEL && Math.abs(entry.valence()) >= MIN_VALENCE) {
            return true;
        }
        for (Tag tag : entry.tags()) {
            if (LOADED_TAGS.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
