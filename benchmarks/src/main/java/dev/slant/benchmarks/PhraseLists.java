package dev.slant.benchmarks;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Phrase lists of a given size, the same for Slant and for every peer: the bundled packs' phrases
 * first, then made-up two- and three-word phrases over a news vocabulary that mostly do not occur
 * (as in a large lexicon, most entries miss most articles). One-letter phrases are left out: the
 * NPOV list's "s" is a lemmatiser's artefact that would make every peer match each possessive.
 */
public final class PhraseLists {
    private static final String[] WORDS = ("army rebel militant terrorist government regime force troop group "
            + "foreign backed sponsored armed radical extremist jihadist insurgent fighter militia opposition "
            + "border town province region offensive attack strike campaign operation ceasefire zone post "
            + "civilian refugee camp convoy official minister president leader spokesman agency ministry "
            + "northern southern eastern western local regional national allied hostile loyal rival").split(" ");

    private PhraseLists() {}

    /**
     * Returns {@code size} distinct phrases.
     *
     * @param size how many
     * @return the phrases, deterministic for a size
     */
    public static List<String> of(int size) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String name : List.of("conflict-labels/en", "conflict-labels/syria", "distancing/en", "bias/en")) {
            for (LexiconEntry entry : Lexicons.load(name).entries()) {
                if (phrases.size() == size) {
                    return List.copyOf(phrases);
                }
                if (entry.phrase().length() > 1) {
                    phrases.add(entry.phrase().toLowerCase(Locale.ROOT));
                }
            }
        }
        Random random = new Random(size);
        while (phrases.size() < size) {
            int length = 2 + random.nextInt(2);
            StringBuilder phrase = new StringBuilder();
            for (int w = 0; w < length; w++) {
                phrase.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            phrase.append(' ').append(Integer.toString(random.nextInt(1000), 36));
            phrases.add(phrase.toString());
        }
        return new ArrayList<>(phrases);
    }

    /**
     * Returns the phrases as one uninflected Slant pack, so that Slant matches exactly what the peers match.
     *
     * @param phrases the phrases
     * @return a pack of labels
     */
    public static LexiconPack asPack(List<String> phrases) {
        LexiconPack.Builder pack = LexiconPack.builder("bench/" + phrases.size());
        for (String phrase : phrases) {
            pack.add(LexiconEntry.builder(phrase, Category.LABEL).concept("bench", phrase).build());
        }
        return pack.build();
    }
}
