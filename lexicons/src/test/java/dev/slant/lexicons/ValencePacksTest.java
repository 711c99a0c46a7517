package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Lexicons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The valence packs are what {@link ValencePackGenerator} writes from the authors' lists, and agree
 * with the label packs on the sign of every word both carry. Run with {@code -Dslant.regenerate=true}
 * to rewrite the packs from the lists in {@code ../shared/lexicon-sources}.
 */
class ValencePacksTest {
    private static final Path ROOT = Path.of(System.getProperty("slant.seeds")).toAbsolutePath().getParent();
    private static final Path SOURCES = ROOT.resolve("../shared/lexicon-sources").normalize();
    private static final List<String> LABEL_PACKS =
            List.of("conflict-labels/en", "conflict-labels/syria", "migration-labels/en");
    private static final Path PACKS = ROOT.resolve("lexicons/src/main/resources/dev/slant/lexicons/packs");

    @Test
    void vaderPackIsGeneratedFromTheVaderLexicon() throws IOException {
        check(SOURCES.resolve("vader/vader_lexicon.txt"), ValencePackGenerator::vader, "valence-vader.lex");
    }

    @Test
    void afinnPackIsGeneratedFromAfinn165() throws IOException {
        check(SOURCES.resolve("afinn/AFINN-en-165.txt"), ValencePackGenerator::afinn, "valence-afinn.lex");
    }

    private static void check(Path source, BiFunction<Path, Map<String, Double>, String> generator, String pack)
            throws IOException {
        assumeTrue(Files.isRegularFile(source), "the lexicon sources are not here: " + source);
        String generated = generator.apply(source, labelValences());
        Path shipped = PACKS.resolve(pack);
        if (Boolean.getBoolean("slant.regenerate")) {
            Files.writeString(shipped, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(shipped, StandardCharsets.UTF_8),
                pack + " differs from the generator's output; regenerate it with -Dslant.regenerate=true");
    }

    @Test
    void valencePacksAreSentimentWordsInRange() {
        for (String name : List.of("valence/vader", "valence/afinn")) {
            LexiconPack pack = Lexicons.load(name);
            assertTrue(pack.entries().size() > 2000, name + " has " + pack.entries().size() + " entries");
            for (LexiconEntry entry : pack.entries()) {
                assertEquals(Category.SENTIMENT, entry.category(), entry.phrase());
                assertTrue(entry.valence() != 0 && Math.abs(entry.valence()) <= 1, entry.phrase());
            }
        }
    }

    /** The valence of every label of the bundled label packs, by lower-cased phrase; the first pack wins. */
    private static Map<String, Double> labelValences() {
        Map<String, Double> labels = new HashMap<>();
        for (String name : LABEL_PACKS) {
            for (LexiconEntry label : Lexicons.load(name).entries()) {
                labels.putIfAbsent(label.phrase().toLowerCase(Locale.ROOT), label.valence());
            }
        }
        return labels;
    }

    @Test
    void loadedLabelsAndValenceWordsAgree() {
        Map<String, Double> valence = new HashMap<>();
        for (String name : List.of("valence/afinn", "valence/vader")) {
            for (LexiconEntry entry : Lexicons.load(name).entries()) {
                valence.put(entry.phrase().toLowerCase(Locale.ROOT), entry.valence());
            }
        }
        int shared = 0;
        for (String name : LABEL_PACKS) {
            for (LexiconEntry label : Lexicons.load(name).entries()) {
                Double word = valence.get(label.phrase().toLowerCase(Locale.ROOT));
                if (word == null) {
                    continue;
                }
                shared++;
                assertTrue(ValencePackGenerator.agree(word, label.valence()),
                        label.phrase() + " is " + label.valence() + " as a label of " + name + " but " + word
                                + " as a valence word");
            }
        }
        assertTrue(shared > 10, "labels that are also valence words: " + shared);
    }
}
