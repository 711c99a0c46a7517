package dev.slant.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final String HEADER = "@name test/en\n@version 1\n@language en\n@license MIT\n@source tests\n";

    private static Lexicon compile(String... packs) {
        List<LexiconPack> parsed = new ArrayList<>();
        for (int i = 0; i < packs.length; i++) {
            parsed.add(LexiconParser.parse("pack" + i + ".lex", HEADER + packs[i]));
        }
        return Lexicon.compile(parsed);
    }

    /** Returns each match as "matched words=phrase/category,...". */
    private static List<String> matches(Lexicon lexicon, String text) {
        StructureBuffer tokens = new StructureBuffer();
        StructureScanner.standard().scan(text, tokens, new Diagnostics(10));
        MatchBuffer out = new MatchBuffer();
        lexicon.match(tokens, out);
        List<String> found = new ArrayList<>();
        for (int m = 0; m < out.count(); m++) {
            String words = text.substring(tokens.tokenStart(out.firstToken(m)), tokens.tokenEnd(out.endToken(m) - 1));
            StringBuilder entries = new StringBuilder();
            for (LexiconEntry entry : lexicon.entriesOf(out.group(m))) {
                entries.append(entries.length() == 0 ? "" : ",").append(entry.phrase()).append('/').append(entry.category().id());
            }
            found.add(words + "=" + entries);
        }
        return found;
    }

    @Test
    void nounInflectionFindsPluralsAndPossessives() {
        Lexicon lexicon = compile("terrorist\tcategory=label\tinflect=noun\n");
        assertEquals(List.of("terrorist=terrorist/label", "terrorists=terrorist/label",
                "terrorist's=terrorist/label", "terrorists'=terrorist/label", "Terrorists=terrorist/label"),
                matches(lexicon, "terrorist terrorists terrorist's terrorists' Terrorists terrorism"));
    }

    @Test
    void nounInflectionAppliesToTheLastWordOnly() {
        Lexicon lexicon = compile("rebel group\tcategory=label\tinflect=noun\n");
        assertEquals(List.of("rebel groups=rebel group/label"), matches(lexicon, "rebels groups and rebel groups"));
    }

    @Test
    void nounInflectionFollowsSpellingRules() {
        Lexicon lexicon = compile("militia\tcategory=label\tinflect=noun\nproxy\tcategory=label\tinflect=noun\n"
                + "church\tcategory=label\tinflect=noun\n");
        assertEquals(List.of("militias=militia/label", "proxies=proxy/label", "churches=church/label"),
                matches(lexicon, "militias proxies churches proxys"));
    }

    @Test
    void verbInflectionFindsTensesOfTheFirstWord() {
        Lexicon lexicon = compile("admit\tcategory=report-verb\tinflect=verb\nroot out\tcategory=label\tinflect=verb\n"
                + "liberate\tcategory=label\tinflect=verb\n");
        assertEquals(List.of("admits=admit/report-verb", "admitted=admit/report-verb", "admitting=admit/report-verb",
                "rooting out=root out/label", "liberated=liberate/label", "liberating=liberate/label"),
                matches(lexicon, "admits admitted admitting rooting out liberated liberating"));
    }

    @Test
    void uninflectedEntriesMatchOnlyTheWrittenForm() {
        Lexicon lexicon = compile("so-called\tcategory=distancing\n");
        assertEquals(List.of("So-called=so-called/distancing"), matches(lexicon, "So-called so-calleds"));
    }

    @Test
    void matchesAcrossLineBreaksButNotAcrossOtherTokens() {
        Lexicon lexicon = compile("rebel fighters\tcategory=label\n");
        assertEquals(List.of("rebel\nfighters=rebel fighters/label"), matches(lexicon, "rebel\nfighters; rebel, fighters"));
    }

    @Test
    void longestMatchWinsAndMatchingResumesAfterIt() {
        Lexicon lexicon = compile("terrorists\tcategory=label\nforeign-backed terrorists\tcategory=label\n"
                + "foreign-backed\tcategory=label\n");
        assertEquals(List.of("foreign-backed terrorists=foreign-backed terrorists/label", "terrorists=terrorists/label"),
                matches(lexicon, "foreign-backed terrorists and terrorists"));
    }

    @Test
    void reportsEveryCategoryOfTheWinningPhrase() {
        Lexicon lexicon = compile("alleged\tcategory=distancing\nalleged\tcategory=report-verb\n");
        assertEquals(List.of("alleged=alleged/distancing,alleged/report-verb"), matches(lexicon, "he alleged"));
    }

    @Test
    void laterPackOverridesAnEntry() {
        Lexicon lexicon = compile("rebels\tcategory=label\tvalence=-0.1\n", "rebels\tcategory=label\tvalence=-0.5\n");
        assertEquals(1, lexicon.entries().size());
        assertEquals(-0.5, lexicon.entries().get(0).valence());
        assertEquals("pack1.lex", lexicon.entries().get(0).origin().source());
    }

    @Test
    void laterPackRemovesAnEntry() {
        Lexicon lexicon = compile("rebels\tcategory=label\nmilitants\tcategory=label\n", "-Rebels\tcategory=label\n");
        assertEquals(List.of("militants=militants/label"), matches(lexicon, "rebels and militants"));
    }

    @Test
    void removingAnUnknownEntryFailsWithItsPlace() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> compile("rebels\tcategory=label\n", "@category label\n-insurgents\n"));
        assertEquals("pack1.lex:7:1: cannot remove 'insurgents' (category label): no earlier pack defines it",
                e.getMessage());
    }

    @Test
    void writtenFormBeatsAnotherEntrysInflection() {
        Lexicon lexicon = compile("rebel\tcategory=label\tinflect=noun\tvalence=-0.1\n"
                + "rebels\tcategory=label\tvalence=-0.7\n");
        StructureBuffer tokens = new StructureBuffer();
        StructureScanner.standard().scan("rebels", tokens, new Diagnostics(1));
        MatchBuffer out = new MatchBuffer();
        lexicon.match(tokens, out);
        assertEquals(-0.7, lexicon.entriesOf(out.group(0)).get(0).valence());
    }

    @Test
    void packsBuiltInCodeCompose() {
        LexiconPack base = LexiconPack.builder("base").add("insurgents", Category.LABEL).build();
        LexiconPack extra = LexiconPack.builder("extra")
                .add(LexiconEntry.builder("jihadists", Category.LABEL).concept("armed-groups", "jihadists")
                        .valence(-0.8).tags(Tag.RELIGIOUS).inflection(Inflection.NOUN).build())
                .remove("insurgents", Category.LABEL)
                .build();
        Lexicon lexicon = Lexicon.compile(List.of(base, extra));
        assertEquals(List.of("jihadists=jihadists/label"), matches(lexicon, "insurgents and jihadists"));
    }

    @Test
    void duplicatesInACodePackFail() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconPack.builder("dup").add("rebels", Category.LABEL).add("Rebels", Category.LABEL).build());
        assertTrue(e.getMessage().contains("duplicate entry 'rebels' (category label)"), e.getMessage());
    }

    @Test
    void findsPhrasesInALargeLexicon() {
        StringBuilder pack = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            pack.append("word").append(i).append(" phrase\tcategory=label\n");
        }
        Lexicon lexicon = compile(pack.toString());
        assertEquals(List.of("word19999 phrase=word19999 phrase/label"), matches(lexicon, "a word19999 phrase here"));
    }
}
