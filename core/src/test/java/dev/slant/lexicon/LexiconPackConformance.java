package dev.slant.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Conformance checks for a lexicon pack: a complete header, every entry reachable by its own
 * phrase, composition after the default packs, and the author's own examples. A pack author
 * extends it in a few lines (it ships in {@code slant-core}'s test jar):
 *
 * <pre>{@code
 * class MyPackTest extends LexiconPackConformance {
 *     protected LexiconPack pack() { return Lexicons.read(Path.of("src/main/resources/my-terms.lex")); }
 *     protected List<Example> examples() {
 *         return List.of(new Example("They called them insurgents.", "insurgents", Category.LABEL, "armed-groups"));
 *     }
 * }
 * }</pre>
 */
public abstract class LexiconPackConformance {

    /**
     * Returns the pack under test.
     *
     * @return the pack
     */
    protected abstract LexiconPack pack();

    /**
     * Returns texts with a term the pack must find in them; none by default.
     *
     * @return the examples
     */
    protected List<Example> examples() {
        return List.of();
    }

    /**
     * A text and a term of the pack that it must contain.
     *
     * @param text the text
     * @param words the term's words, as written in the text
     * @param category the term's category
     * @param concept the term's concept, or null when it must have none
     */
    public record Example(String text, String words, Category category, String concept) {}

    @Test
    void headerIsComplete() {
        PackInfo info = pack().info();
        for (String field : List.of(info.name(), info.version(), info.language(), info.license(), info.source())) {
            assertFalse(field.isBlank(), () -> "blank header field in " + info);
        }
        assertFalse(info.license().equals("unstated"), "the pack must state its licence");
    }

    @Test
    void everyEntryMatchesItsOwnPhrase() {
        Analyzer analyzer = Slant.analyzer().defaults(false).lexicon(pack()).build();
        List<String> unreachable = new ArrayList<>();
        for (LexiconEntry entry : pack().entries()) {
            ArticleReport report = analyzer.analyze(entry.phrase());
            boolean found = report.terms().stream().anyMatch(t -> t.entry().equals(entry)
                    && t.span().start() == 0 && t.span().end() == entry.phrase().length());
            if (!found) {
                unreachable.add(entry.origin() + " '" + entry.phrase() + "' (" + entry.category().id() + ")");
            }
        }
        assertTrue(unreachable.isEmpty(), () -> unreachable.size() + " entries do not match their own phrase, "
                + "so no text can reach them: " + String.join("; ", unreachable.subList(0, Math.min(20, unreachable.size()))));
    }

    @Test
    void composesAfterTheDefaults() {
        List<LexiconPack> packs = new ArrayList<>();
        Lexicons.defaults().forEach(name -> packs.add(Lexicons.load(name)));
        packs.add(pack());
        assertFalse(Lexicon.compile(packs).entries().isEmpty());
    }

    @Test
    void examplesMatch() {
        Analyzer analyzer = Slant.analyzer().lexicon(pack()).build();
        for (Example example : examples()) {
            ArticleReport report = analyzer.analyze(example.text());
            Optional<Term> term = report.terms().stream()
                    .filter(t -> t.text().equals(example.words()) && t.entry().category() == example.category())
                    .findFirst();
            assertTrue(term.isPresent(), () -> "no " + example.category().id() + " term '" + example.words()
                    + "' in: " + example.text());
            assertTrue(term.get().entry().concept().equals(Optional.ofNullable(example.concept())),
                    () -> "'" + example.words() + "' names " + term.get().entry().concept() + ", not " + example.concept());
        }
    }
}
