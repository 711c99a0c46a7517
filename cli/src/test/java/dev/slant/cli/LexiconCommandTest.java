package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconCommandTest {
    private static final String HEADER = "@name mine\n@version 1.2\n@language en\n@license MIT\n@source tests\n";

    @Test
    void listsTheBundledPacksAndMarksTheDefaults() {
        CommandRun run = CommandRun.of("lexicon", "list");
        assertEquals(0, run.status());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("* conflict-labels/en") && l.contains("Apache-2.0")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  conflict-labels/syria")), run.out());
    }

    @Test
    void checksAValidPack(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("mine.lex");
        Files.writeString(pack, HEADER + "insurgent\tcategory=label\tconcept=armed-groups\tinflect=noun\n"
                + "-rebel\tcategory=label\n");
        CommandRun run = CommandRun.of("lexicon", "check", pack.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("mine 1.2 (MIT), 1 entries (label 1), 1 removals, concepts (armed-groups 1)"),
                run.out());
    }

    @Test
    void checksAnActorPackAndNotesConceptsNoPackNames(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("mine.actors");
        Files.writeString(pack, HEADER + "putin\tname=Vladimir Putin\ttype=person\taliases=Putin|Vladimir Putin\n"
                + "rebels\tname=The rebels\ttype=armed-group\tconcepts=armed-groups,no-such-concept\n");
        CommandRun run = CommandRun.of("lexicon", "check", pack.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("mine 1.2 (MIT), 2 actors (armed-group 1, person 1), 2 aliases and roles, "
                + "linking concepts armed-groups, no-such-concept"), run.out());
        assertTrue(run.err().contains("note: concept 'no-such-concept' is named by no pack on the class path"), run.err());
        assertTrue(!run.err().contains("'armed-groups'"), run.err());
        Files.writeString(pack, HEADER + "putin\tname=Vladimir Putin\ttype=leader\n");
        CommandRun bad = CommandRun.of("lexicon", "check", pack.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("mine.actors:6:32: unknown type 'leader'"), bad.err());
    }

    @Test
    void namesTheFirstProblemOfAnInvalidPack(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("bad.lex");
        Files.writeString(pack, HEADER + "rebels\tcategory=label\ttags=violent\n");
        CommandRun run = CommandRun.of("lexicon", "check", pack.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("bad.lex:6:28: unknown tag 'violent'"), run.err());
    }

    @Test
    void namesARemovalThatRemovesNothing(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("remove.lex");
        Files.writeString(pack, HEADER + "-no such phrase\tcategory=label\n");
        CommandRun run = CommandRun.of("lexicon", "check", pack.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("remove.lex:6:1: cannot remove 'no such phrase' (category label)"), run.err());
    }

    @Test
    void explainsEntryFormPackLineAndVoice() {
        CommandRun run = CommandRun.of("lexicon", "explain", "the so-called rebels attacked");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("[14, 20) \"rebels\"  label  armed-groups / rebels"), run.out());
        assertTrue(run.out().contains("entry \"rebel\" as an inflected form (inflect=noun), from conflict-labels/en "
                + "(conflict-labels-en.lex:"), run.out());
        assertTrue(run.out().contains("voice: distanced, after the distancing marker at [4, 13)"), run.out());
    }

    @Test
    void explainsWithTheUsersPack(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("mine.lex");
        Files.writeString(pack, HEADER + "observation post\tcategory=label\tconcept=outposts\n");
        CommandRun run = CommandRun.of("lexicon", "explain", "a \"observation post\" fell", "--no-defaults", "--lexicon", pack.toString());
        assertTrue(run.out().contains("entry \"observation post\" as written, from mine (" + pack + ":6)"), run.out());
        assertTrue(run.out().contains("voice: distanced, inside the quotation at [2, 20)"), run.out());
    }

    @Test
    void suggestsFrequentUncoveredPhrasesNearLabels(@TempDir Path folder) throws Exception {
        Path article = folder.resolve("a.txt");
        Files.writeString(article, "The rebels and the Ghost Brigade fought. The Ghost Brigade fled from the militants. "
                + "Rebels joined the Ghost Brigade.");
        CommandRun run = CommandRun.of("lexicon", "suggest", article.toString(), "--top", "3");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().skip(1).findFirst().orElse("").startsWith("ghost brigade"), run.out());
        assertTrue(run.out().contains(" 3  a.txt ["), run.out());
    }

    @Test
    void explainsTheStanceOfAReportingCue() {
        CommandRun run = CommandRun.of("lexicon", "explain", "Erdogan alleged it.", "--lexicon", "reporting-verbs/en");
        assertTrue(run.out().contains("\"alleged\"  report-verb  stance distancing"), run.out());
    }
}
