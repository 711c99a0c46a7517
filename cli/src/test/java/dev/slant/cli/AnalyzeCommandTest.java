package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final Path SEEDS = Path.of(System.getProperty("slant.seeds"));

    @Test
    void summarisesTheSeedsPerOutlet() {
        CommandRun run = CommandRun.of("analyze", SEEDS.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("== 001_289c97c6adab94b1.txt \u00B7 Radio Habana Cuba"), run.out());
        assertTrue(run.out().contains("In the outlet's own voice:"), run.out());
        assertTrue(run.out().contains("Only in quotations:"), run.out());
        assertEquals(5, run.out().lines().filter(line -> line.startsWith("== ")).count());
    }

    @Test
    void writesJsonLinesWithTheManifestsMetadata() throws Exception {
        CommandRun run = CommandRun.of("analyze", SEEDS.toString(), "--format", "jsonl");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size());
        JsonNode report = new ObjectMapper().readTree(lines.get(3));
        assertEquals("slant.report/2", report.get("schema").asText());
        assertEquals("Radio Free Europe/Radio Liberty (RFE/RL)", report.get("article").get("outlet").asText());
        assertTrue(report.get("terms").size() > 0);
    }

    @Test
    void writesOneJsonArray() throws Exception {
        CommandRun run = CommandRun.of("analyze", SEEDS.resolve("000_a4c2f0c49d754bdd.txt").toString(), "--format", "json");
        JsonNode reports = new ObjectMapper().readTree(run.out());
        assertEquals(1, reports.size());
        assertEquals("000_a4c2f0c49d754bdd.txt", reports.get(0).get("article").get("id").asText());
    }

    @Test
    void readsTargetsFromJsonlAndScoresEachOnItsOwn(@TempDir Path folder) throws Exception {
        Path corpus = folder.resolve("targets.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"The brutal general ignored the mediator.\","
                + "\"targets\":[{\"start\":11,\"end\":18},{\"start\":12,\"end\":14},{\"start\":3,\"end\":900}]}\n"
                + "{\"id\":\"b\",\"text\":\"x\",\"targets\":{\"start\":0}}\n");
        CommandRun run = CommandRun.of("analyze", corpus.toString(), "--format", "jsonl");
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.err());
        JsonNode targets = new ObjectMapper().readTree(lines.get(0)).get("targets");
        assertEquals(3, targets.size());
        assertEquals("negative", targets.get(0).get("label").asText());
        assertEquals("brutal", targets.get(0).get("evidence").get(0).get("text").asText());
        assertTrue(targets.get(1).get("error").asText().contains("cuts a word"), targets.toString());
        assertTrue(targets.get(2).get("error").asText().contains("beyond"), targets.toString());
        assertTrue(run.err().contains("targets.jsonl:2: expected \"targets\" to be an array"), run.err());
    }

    @Test
    void findsTheActorsOfTheSeedsWithTheEventPack() throws Exception {
        CommandRun run = CommandRun.of("analyze", SEEDS.resolve("002_8a02db862622d40e.txt").toString(), "--format",
                "json", "--lexicon", "conflict-labels/syria", "--actors", "actors/syria-2019");
        assertEquals(0, run.status(), run.err());
        JsonNode actors = new ObjectMapper().readTree(run.out()).get(0).get("actors");
        List<String> ids = new java.util.ArrayList<>();
        actors.forEach(actor -> ids.add(actor.get("id").asText()));
        assertTrue(ids.containsAll(List.of("putin", "erdogan", "syria/army", "syria/idlib-armed-groups")), ids.toString());
    }

    @Test
    void skipsBadJsonlLinesAndBadPathsButReportsTheRest(@TempDir Path folder) throws Exception {
        Path corpus = folder.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"outlet\":\"X\",\"text\":\"Rebels attacked.\"}\n"
                + "not json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"Terrorists fled.\"}\n");
        CommandRun run = CommandRun.of("analyze", corpus.toString(), folder.resolve("missing.txt").toString(), "--format", "jsonl");
        assertEquals(1, run.status());
        assertEquals(2, run.out().lines().count());
        assertTrue(run.err().contains("corpus.jsonl:2: "), run.err());
        assertTrue(run.err().contains("corpus.jsonl:3: expected a \"text\" field with a string"), run.err());
        assertTrue(run.err().contains("missing.txt: no such file or folder"), run.err());
        assertTrue(run.err().contains("2 articles analysed, 3 inputs or lines skipped"), run.err());
    }

    @Test
    void failsOnABadLexiconWithItsPlace(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("bad.lex");
        Files.writeString(pack, "@name bad\n@version 1\n@language en\n@license MIT\n@source test\nrebels\tcategory=lable\n");
        CommandRun run = CommandRun.of("analyze", SEEDS.toString(), "--lexicon", pack.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("bad.lex:6:17: unknown category 'lable'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void failsOnAnUnknownPackName() {
        CommandRun run = CommandRun.of("analyze", SEEDS.toString(), "--lexicon", "no-such/pack");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no-such/pack: no lexicon pack of that name; available: "), run.err());
    }

    @Test
    void usesAPackFileFromTheUser(@TempDir Path folder) throws Exception {
        Path pack = folder.resolve("mine.lex");
        Files.writeString(pack, "@name mine\n@version 1\n@language en\n@license MIT\n@source test\n"
                + "observation post\tcategory=label\tconcept=outposts\n");
        CommandRun run = CommandRun.of("analyze", SEEDS.resolve("002_8a02db862622d40e.txt").toString(), "--lexicon", pack.toString(),
                "--format", "jsonl");
        assertTrue(run.out().contains("\"concept\":\"outposts\""), run.out());
    }

    @Test
    void rejectsAnUnknownFormat() {
        CommandRun run = CommandRun.of("analyze", SEEDS.toString(), "--format", "xml");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown format 'xml'"), run.err());
    }

    @Test
    void printsHelpWithExamples() {
        CommandRun run = CommandRun.of("analyze", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("./slant analyze seeds"), run.out());
    }

    @Test
    void readsStandardInputAsOneArticleOrAsJsonLines() {
        java.io.InputStream original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("The so-called rebels left.".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            CommandRun text = CommandRun.of("analyze", "-");
            assertTrue(text.out().startsWith("== stdin"), text.out());
            System.setIn(new java.io.ByteArrayInputStream(("  {\"id\":\"x\",\"text\":\"Rebels fled.\"}\n"
                    + "{\"id\":\"y\",\"text\":\"Militants fled.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CommandRun lines = CommandRun.of("analyze", "-", "--format", "jsonl");
            assertEquals(0, lines.status(), lines.err());
            assertEquals(2, lines.out().lines().count());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void writesOneCsvRowPerTerm() throws Exception {
        CommandRun run = CommandRun.of("analyze", SEEDS.toString(), "--format", "csv");
        assertEquals(0, run.status(), run.err());
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(run.out())).getRecords();
        CommandRun json = CommandRun.of("analyze", SEEDS.toString(), "--format", "jsonl");
        int terms = 0;
        for (String line : json.out().lines().toList()) {
            terms += new ObjectMapper().readTree(line).get("terms").size();
        }
        assertEquals(terms, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("voice").equals("quoted")));
    }

    @Test
    void writesOneHtmlPageWithEveryArticle() {
        CommandRun run = CommandRun.of("analyze", SEEDS.toString(), "--format", "html");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"));
        assertEquals(5, run.out().split("<article class=\"article\"", -1).length - 1);
        assertTrue(run.out().contains("How each outlet named each concept"));
    }
}
