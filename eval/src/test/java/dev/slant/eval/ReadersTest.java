package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @TempDir
    Path dir;

    @Test
    void babeReaderHandlesQuotedSemicolonsQuotesAndLineBreaks() {
        String csv = "text;outlet;label_bias;biased_words\n"
                + "\"He said \"\"no\"\"; then left\";A;Biased;['said', \"it's\", '\"held\"']\n"
                + "\"Two\nlines\";B;Non-biased;[]\r\n"
                + "Plain;C;No agreement;['x']\n";
        List<BabeReader.Sentence> sentences = BabeReader.parse("b.csv", csv);
        assertEquals(3, sentences.size());
        assertEquals("He said \"no\"; then left", sentences.get(0).text());
        assertEquals(List.of("said", "it's", "\"held\""), sentences.get(0).biasedWords());
        assertEquals("Two\nlines", sentences.get(1).text());
        assertEquals("Non-biased", sentences.get(1).label());
        assertEquals(List.of(), sentences.get(1).biasedWords());
        assertEquals("3", sentences.get(2).id());
    }

    @Test
    void babeReaderNamesTheLineOfABadRecord() {
        GoldFormatException missing = assertThrows(GoldFormatException.class,
                () -> BabeReader.parse("b.csv", "text;label_bias\nx;Biased\n"));
        assertTrue(missing.getMessage().contains("biased_words"), missing.getMessage());
        GoldFormatException fields = assertThrows(GoldFormatException.class,
                () -> BabeReader.parse("b.csv", "text;label_bias;biased_words\nx;Biased;[];extra\n"));
        assertEquals(2, fields.line());
        GoldFormatException literal = assertThrows(GoldFormatException.class,
                () -> BabeReader.parse("b.csv", "text;label_bias;biased_words\nx;Biased;[a]\n"));
        assertTrue(literal.getMessage().startsWith("b.csv:2: biased_words"), literal.getMessage());
        assertThrows(GoldFormatException.class, () -> BabeReader.parse("b.csv", "text;label_bias;biased_words\n\"x;B;[]\n"));
    }

    @Test
    void biasedWordsAreComparedLowerCasedWithoutSurroundingPunctuation() {
        assertEquals("gender", BiasedWords.normalize("\"Gender"));
        assertEquals("pro-life", BiasedWords.normalize("“Pro-Life,”"));
        assertEquals("", BiasedWords.normalize("--"));
        assertEquals("couldn't", BiasedWords.normalize("Couldn\u2019t"));
        Set<String> words = BiasedWords.addWords("radical  Islamist", new LinkedHashSet<>());
        assertEquals(List.of("radical", "islamist"), List.copyOf(words));
        assertEquals(new PrfCounts(1, 2, 3), BiasedWords.score(Set.of("radical", "a", "b"), words));
    }

    @Test
    void bratRecordsMaySpanLinesAndSpansMayBeDiscontinuous() {
        String ann = "T1\tSource 0 5\tPeter\n"
                + "T2\tCue 6 10\tsaid\n"
                + "T3\tContent 11 20;25 30\tfirst\nline and more\n"
                + "T4\tAttribution 6 10\tsaid\n"
                + "#1\tAnnotatorNotes T1\tnote\n"
                + "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
                + "T5\tCue 40 44\tsays\n"
                + "T6\tContent 45 50\tthing\n"
                + "T7\tContent 60 65\tmore.\n"
                + "T8\tAttribution-no-source 40 44\tsays\n"
                + "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7\n"
                + "E3\tAttribution-no-source:T8 \n\n";
        BratReader.Annotations annotations = BratReader.parse("a.ann", ann);
        BratReader.TextBound content = annotations.textBounds().get("T3");
        assertEquals(List.of(new Span(11, 20), new Span(25, 30)), content.fragments());
        assertEquals("first\nline and more", content.text());
        assertEquals(new Span(11, 30), content.envelope());
        assertEquals(3, annotations.events().size());
        List<PredictedAttribution> gold = PolnearDataset.attributions(annotations);
        assertEquals(List.of(new PredictedAttribution(6, 10, 0, 5, 11, 30),
                new PredictedAttribution(40, 44, -1, -1, 45, 65)), gold);
    }

    @Test
    void polnearScoresTheAnnotatorWhoseCodeSortsFirst() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), "text");
        Files.writeString(dir.resolve("text/b_c.txt"), "text");
        Files.writeString(dir.resolve("attributions/a_ff01.ann"), "");
        Files.writeString(dir.resolve("attributions/a_0bcd.ann"), "");
        Files.writeString(dir.resolve("attributions/b_c.ann"), "");
        List<PolnearDataset.GoldFile> files = PolnearDataset.goldFiles(dir.resolve("attributions"), dir.resolve("text"));
        assertEquals(2, files.size());
        assertEquals("a", files.get(0).id());
        assertEquals("0bcd", files.get(0).annotator());
        assertEquals(2, files.get(0).files());
        assertEquals("b_c", files.get(1).id());
        assertEquals("", files.get(1).annotator());
        Files.writeString(dir.resolve("attributions/orphan_1234.ann"), "");
        assertThrows(GoldFormatException.class,
                () -> PolnearDataset.goldFiles(dir.resolve("attributions"), dir.resolve("text")));
    }

    @Test
    void newsMtscReaderTakesThePrimaryTarget() throws IOException {
        Path file = dir.resolve("dev-x.jsonl");
        Files.writeString(file, "{\"primary_gid\": \"g2\", \"sentence_normalized\": \"Obama and Biden spoke.\", \"targets\": ["
                + "{\"Input.gid\": \"g1\", \"from\": 0, \"to\": 5, \"mention\": \"Obama\", \"polarity\": 6.0},"
                + "{\"Input.gid\": \"g2\", \"from\": 10, \"to\": 15, \"mention\": \"Biden\", \"polarity\": 2.0}]}\n\n");
        List<NewsMtscDataset.Target> targets = NewsMtscDataset.read(file);
        assertEquals(1, targets.size());
        assertEquals(new NewsMtscDataset.Target("g2", "Obama and Biden spoke.", 10, 15, Polarity.NEGATIVE), targets.get(0));
        Files.writeString(file, "{\"primary_gid\": \"g\", \"sentence_normalized\": \"x\", \"targets\": ["
                + "{\"Input.gid\": \"g\", \"from\": 0, \"to\": 1, \"polarity\": 3.0}]}\n");
        GoldFormatException bad = assertThrows(GoldFormatException.class, () -> NewsMtscDataset.read(file));
        assertTrue(bad.getMessage().startsWith("dev-x.jsonl:1:"), bad.getMessage());
    }

    @Test
    void nytReaderSplitsIdMeanAndText() throws IOException {
        Path file = dir.resolve("nyt.tsv");
        Files.writeString(file, "1_1\t0.4\tA fine day.\n1_2\t-1.25\tTabs\tinside text.\n");
        List<NytDataset.Sentence> sentences = NytDataset.read(file);
        assertEquals(new NytDataset.Sentence("1_2", -1.25, "Tabs\tinside text."), sentences.get(1));
        Files.writeString(file, "1_1\tmuch\ttext\n");
        assertThrows(GoldFormatException.class, () -> NytDataset.read(file));
    }

    @Test
    void genericReaderChecksSpansAgainstTheText() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"the regime fell\", \"spans\": [{\"start\": 4, \"end\": 10, \"label\": \"label\"}]}\n"
                + "{\"text\": \"no id\", \"spans\": []}\n");
        List<GenericDataset.Article> articles = GenericDataset.read(file);
        assertEquals(List.of(new GenericDataset.LabelledSpan(4, 10, "label")), articles.get(0).spans());
        assertEquals("2", articles.get(1).id());
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"short\", \"spans\": [{\"start\": 4, \"end\": 10}]}\n");
        assertThrows(GoldFormatException.class, () -> GenericDataset.read(file));
    }

    @Test
    void floorsReadKeysAndReportFiguresBelowThem() {
        Floors floors = Floors.parse("floors.properties", List.of("# comment", "", "babe.sentence.macro_f1 = 0.5",
                "babe.words.f1=0.2", "nyt.pearson_r=0.3", "babe.share<=0.25", "babe.gone=0.1"));
        Evaluation babe = new Evaluation("babe", 1, List.of(new Figure("sentence.macro_f1", 0.6),
                new Figure("words.f1", 0.1), new Figure("share", 0.3)), List.of(), List.of());
        List<String> violations = floors.violations(List.of(babe));
        assertEquals(3, violations.size());
        assertTrue(violations.get(0).startsWith("babe.words.f1 = 0.1000 is below its floor 0.2000"), violations.get(0));
        assertTrue(violations.get(1).startsWith("babe.share = 0.3000 is above its ceiling 0.2500"), violations.get(1));
        assertTrue(violations.get(2).startsWith("babe.gone: no such figure"), violations.get(2));
        Evaluation better = new Evaluation("babe", 1, List.of(new Figure("sentence.macro_f1", 0.5),
                new Figure("words.f1", 0.2), new Figure("share", 0.25), new Figure("gone", 0.1)), List.of(), List.of());
        assertEquals(List.of(), floors.violations(List.of(better)));
        GoldFormatException bad = assertThrows(GoldFormatException.class,
                () -> Floors.parse("f", List.of("babe.words.f1=high")));
        assertEquals(1, bad.line());
        assertThrows(GoldFormatException.class, () -> Floors.parse("f", List.of("nodot=1")));
    }
}
