package dev.slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorColumnsTest {
    private static final String TEXT = "Hamza  Bin\nLaden met Jane Doe's aides.";

    private static MentionResolver.Found mention(int actor) {
        MentionResolver.Found found = new MentionResolver.Found();
        found.actor = actor;
        return found;
    }

    @Test
    void groupsKeepTheOrderOfFirstMentionAndTheTextOrderWithin() {
        List<MentionResolver.Found> found = new ArrayList<>();
        for (int actor : new int[] {5, 2, 5, 7, 2}) {
            found.add(mention(actor));
        }
        ActorGroups groups = new ActorGroups();
        groups.group(found, 10);
        assertEquals(3, groups.size());
        assertEquals(List.of(5, 2, 7), List.of(groups.actor(0), groups.actor(1), groups.actor(2)));
        assertEquals(List.of(0, 2), positions(groups, 0));
        assertEquals(List.of(1, 4), positions(groups, 1));
        assertEquals(List.of(3), positions(groups, 2));

        groups.groupStatements(new int[] {7, -1, 9, 5, 7}, 5); // actor 9 is never mentioned
        assertEquals(List.of(3), statements(groups, 0));
        assertEquals(List.of(), statements(groups, 1));
        assertEquals(List.of(0, 4), statements(groups, 2));
    }

    @Test
    void theNextTextStartsAfresh() {
        ActorGroups groups = new ActorGroups();
        groups.group(List.of(mention(1), mention(3)), 4);
        groups.group(List.of(mention(3)), 4);
        assertEquals(1, groups.size());
        assertEquals(3, groups.actor(0));
        groups.groupStatements(new int[] {1}, 1); // mentioned only in the previous text
        assertEquals(List.of(), statements(groups, 0));
    }

    @Test
    void aFoundNameBecomesAnActorWithSingleSpaces() {
        int end = TEXT.indexOf(" met");
        Actor actor = FoundNames.actor(TEXT, 0, end, true);
        assertEquals("Hamza Bin Laden", actor.name());
        assertEquals("found/hamza-bin-laden", actor.id());
        assertEquals(ActorType.PERSON, actor.type());
        assertEquals(List.of("Hamza Bin Laden"), actor.aliases());
    }

    @Test
    void columnsBecomeFindingsWhenRead() {
        ActorColumns columns = new ActorColumns();
        columns.clear();
        int jane = TEXT.indexOf("Jane");
        columns.mentions.add(jane, jane + 8, MentionKind.FOUND.ordinal(), VoiceKind.NARRATOR, 0);
        columns.addEvidence(0, 5, -0.5, VoiceKind.NARRATOR);
        columns.addEvidence(TEXT.indexOf("aides"), TEXT.indexOf("aides") + 5, 0.3, VoiceKind.QUOTED);
        columns.endFoundActor(jane, jane + 8, false);
        ArticleActors actors = columns.build(TEXT, null, List.of());

        ActorFinding finding = actors.actors().get(0);
        assertEquals("Jane Doe", finding.actor().name());
        assertEquals(ActorType.UNKNOWN, finding.actor().type());
        assertEquals("Jane Doe", finding.mentions().get(0).text());
        assertEquals(-0.1, finding.sentiment().score(), 1e-12);
        assertEquals(List.of("Hamza", "aides"), finding.sentiment().evidence().stream().map(e -> e.text()).toList());
        assertEquals(-0.5, finding.byVoice().get(VoiceKind.NARRATOR).score(), 1e-12);
        assertEquals(0.3, finding.byVoice().get(VoiceKind.QUOTED).score(), 1e-12);
        assertTrue(finding.labels().isEmpty());
        assertEquals(actors.actors(), columns.build(TEXT, null, List.of()).actors());
    }

    private static List<Integer> positions(ActorGroups groups, int rank) {
        List<Integer> list = new ArrayList<>();
        for (int k = groups.mentionsFrom(rank); k < groups.mentionsTo(rank); k++) {
            list.add(groups.mention(k));
        }
        return list;
    }

    private static List<Integer> statements(ActorGroups groups, int rank) {
        List<Integer> list = new ArrayList<>();
        for (int k = groups.statementsFrom(rank); k < groups.statementsTo(rank); k++) {
            list.add(groups.statement(k));
        }
        return list;
    }
}
