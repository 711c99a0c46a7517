package dev.slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.lexicon.LexiconException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorPackParserTest {
    private static final String HEADER = String.join("\n", "@name test/actors", "@version 1", "@language en",
            "@license Apache-2.0", "@source tests", "");

    private static LexiconException error(String body) {
        return assertThrows(LexiconException.class, () -> ActorPackParser.parse("t.actors", HEADER + body));
    }

    private static void assertError(String expected, String body) {
        assertEquals(expected, error(body).getMessage());
    }

    @Test
    void readsActorsWithTheirAliasesRolesAndConcepts() {
        ActorPack pack = ActorPackParser.parse("t.actors", HEADER + "# a comment\n\n"
                + "putin\tname=Vladimir Putin\ttype=person\taliases=Vladimir Putin|Putin\troles=Russian president\n"
                + "syria/army\tname=Syria's army\ttype=armed-forces\tconcepts=syria/army, state-forces\n");
        assertEquals("test/actors", pack.name());
        Actor putin = pack.actors().get(0);
        assertEquals("putin", putin.id());
        assertEquals(ActorType.PERSON, putin.type());
        assertEquals(List.of("Vladimir Putin", "Putin"), putin.aliases());
        assertEquals(List.of("Russian president"), putin.roles());
        assertEquals(8, putin.origin().line());
        assertEquals(List.of("syria/army", "state-forces"), pack.actors().get(1).concepts());
    }

    @Test
    void errorsNameFileLineAndColumn() {
        LexiconException e = error("putin\tname=Putin\ttype=persn\n");
        assertEquals("t.actors", e.source());
        assertEquals(6, e.line());
        assertEquals(23, e.column());
        assertEquals("t.actors:6:23: unknown type 'persn'; expected one of person, state, government, armed-forces, "
                + "armed-group, international-organisation, organisation, group, place, unknown", e.getMessage());
    }

    @Test
    void reportsEveryKindOfMistake() {
        assertError("t.actors:6:18: unknown key 'alias'; expected one of name, type, aliases, roles, concepts",
                "putin\tname=Putin\talias=Putin\ttype=person\n");
        assertError("t.actors:6:1: actor 'putin' has no type: give type=... (one of person, state, government, "
                + "armed-forces, armed-group, international-organisation, organisation, group, place, unknown)",
                "putin\tname=Putin\n");
        assertError("t.actors:6:1: actor 'putin' has no name: give name=...", "putin\ttype=person\n");
        assertError("t.actors:6:1: actor id must be lower-case letters, digits, '-', '.', '_', '/', found 'Putin'",
                "Putin\tname=Putin\ttype=person\n");
        assertError("t.actors:7:1: duplicate actor 'putin'; first defined at line 6",
                "putin\tname=Putin\ttype=person\nputin\tname=Putin\ttype=person\n");
        assertError("t.actors:6:44: expected a phrase between '|' separators",
                "putin\tname=Putin\ttype=person\taliases=Putin||Mr Putin\n");
        assertError("t.actors:6:38: phrase has no word: '--'", "putin\tname=Putin\ttype=person\taliases=--\n");
        assertError("t.actors:7:37: phrase 'the kremlin' already names actor 'kremlin' (line 6)",
                "kremlin\tname=Kremlin\ttype=government\taliases=Kremlin|the Kremlin\n"
                        + "russia\tname=Russia\ttype=state\troles=the kremlin\n");
        assertError("t.actors:6:46: concept must be lower-case letters, digits, '-', '.', '/', found 'Armed Groups'",
                "rebels\tname=Rebels\ttype=armed-group\tconcepts=Armed Groups\n");
        assertError("t.actors:6:7: expected key=value, found 'Putin'", "putin\tPutin\n");
        assertError("t.actors:6:12: expected a value after 'name='", "putin\tname=\ttype=person\n");
    }

    @Test
    void headersAreCheckedLikeLexiconHeaders() {
        LexiconException missing = assertThrows(LexiconException.class,
                () -> ActorPackParser.parse("t.actors", "@name x\nputin\tname=Putin\ttype=person\n"));
        assertEquals("t.actors:2:1: missing header @version before the first actor; required: @name, @version, "
                + "@language, @license, @source", missing.getMessage());
        assertError("t.actors:7:1: header @description after the first actor; headers come first",
                "putin\tname=Putin\ttype=person\n@description late\n");
        LexiconException unknown = assertThrows(LexiconException.class,
                () -> ActorPackParser.parse("t.actors", "@nmae x\n"));
        assertEquals("t.actors:1:1: unknown header '@nmae'; expected one of @name, @version, @language, @license, "
                + "@source, @description", unknown.getMessage());
    }
}
