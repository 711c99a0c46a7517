package dev.slant.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconParserTest {
    private static final String HEADER = "@name test/en\n@version 1.0\n@language en\n@license Apache-2.0\n"
            + "@source tests\n@category label\n@inflect noun\n";

    private static LexiconException failure(String content) {
        return assertThrows(LexiconException.class, () -> LexiconParser.parse("test.lex", content));
    }

    @Test
    void readsHeaderAndEntries() {
        LexiconPack pack = LexiconParser.parse("test.lex", HEADER
                + "# a comment\n\n"
                + "foreign-backed terrorists\tconcept=armed-groups\tlabel=terrorists\tvalence=-1\ttags=delegitimising,foreign-agency\n"
                + "so-called\tcategory=distancing\tinflect=none\tvalence=-0.5\n");
        assertEquals("test/en", pack.name());
        assertEquals("Apache-2.0", pack.info().license());
        assertEquals(2, pack.entries().size());
        LexiconEntry terrorists = pack.entries().get(0);
        assertEquals(Category.LABEL, terrorists.category());
        assertEquals(Optional.of("armed-groups"), terrorists.concept());
        assertEquals("terrorists", terrorists.label());
        assertEquals(-1.0, terrorists.valence());
        assertEquals(Set.of(Tag.DELEGITIMISING, Tag.FOREIGN_AGENCY), terrorists.tags());
        assertEquals(Inflection.NOUN, terrorists.inflection());
        assertEquals(new Origin("test/en", "test.lex", 10), terrorists.origin());
        LexiconEntry soCalled = pack.entries().get(1);
        assertEquals(Category.DISTANCING, soCalled.category());
        assertEquals(Inflection.NONE, soCalled.inflection());
        assertEquals("so-called", soCalled.label());
    }

    @Test
    void readsRemovals() {
        LexiconPack pack = LexiconParser.parse("test.lex", HEADER + "-rebels\n-alleged\tcategory=distancing\n");
        assertEquals(2, pack.removals().size());
        assertEquals(Category.DISTANCING, pack.removals().get(1).category());
    }

    @Test
    void namesMissingHeader() {
        LexiconException e = failure("@name test/en\n@version 1\n@language en\n@source s\nrebels\tcategory=label\n");
        assertEquals("test.lex:5:1: missing header @license before the first entry; required: "
                + "@name, @version, @language, @license, @source", e.getMessage());
        assertEquals("test.lex", e.source());
        assertEquals(5, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void namesUnknownHeader() {
        LexiconException e = failure("@nmae test\n");
        assertEquals("test.lex:1:1: unknown header '@nmae'; expected one of @name, @version, @language, "
                + "@license, @source, @category, @inflect, @description", e.getMessage());
    }

    @Test
    void namesRepeatedHeader() {
        assertEquals("test.lex:2:1: header @name given twice; first at line 1",
                failure("@name a\n@name b\n").getMessage());
    }

    @Test
    void namesHeaderAfterEntries() {
        assertEquals("test.lex:9:1: header @description after the first entry; headers come first",
                failure(HEADER + "rebels\n@description late\n").getMessage());
    }

    @Test
    void namesBadPackName() {
        assertEquals("test.lex:1:7: pack name must be lower-case letters, digits, '-', '.', '_' in parts "
                + "separated by '/', found 'Bad Name'", failure("@name Bad Name\n").getMessage());
    }

    @Test
    void namesUnknownKeyWithItsColumn() {
        LexiconException e = failure(HEADER + "rebels\tvalance=-0.1\n");
        assertEquals("test.lex:8:8: unknown key 'valance'; expected one of category, concept, label, valence, "
                + "tags, stance, inflect", e.getMessage());
        assertEquals(8, e.column());
    }

    @Test
    void namesFieldWithoutEquals() {
        assertEquals("test.lex:8:8: expected key=value, found 'armed-groups'",
                failure(HEADER + "rebels\tarmed-groups\n").getMessage());
    }

    @Test
    void namesEmptyValue() {
        assertEquals("test.lex:8:16: expected a value after 'concept='",
                failure(HEADER + "rebels\tconcept=\n").getMessage());
    }

    @Test
    void namesUnknownCategory() {
        assertEquals("test.lex:8:17: unknown category 'lable'; expected one of label, distancing, hedge, "
                + "report-verb, factive, assertive, implicative, subjective, sentiment",
                failure(HEADER + "rebels\tcategory=lable\n").getMessage());
    }

    @Test
    void namesUnknownTagWithItsColumn() {
        LexiconException e = failure(HEADER + "rebels\ttags=violence,delegitimizing\n");
        assertTrue(e.getMessage().startsWith("test.lex:8:22: unknown tag 'delegitimizing'; expected one of "
                + "delegitimising, legitimising, foreign-agency"), e.getMessage());
    }

    @Test
    void namesValenceOutOfRange() {
        assertEquals("test.lex:8:16: valence must be a number in [-1, 1], found '-2'",
                failure(HEADER + "rebels\tvalence=-2\n").getMessage());
        assertEquals("test.lex:8:16: valence must be a number in [-1, 1], found 'bad'",
                failure(HEADER + "rebels\tvalence=bad\n").getMessage());
    }

    @Test
    void namesUnknownInflection() {
        assertEquals("test.lex:8:16: unknown inflection 'plural'; expected one of noun, verb, none",
                failure(HEADER + "rebels\tinflect=plural\n").getMessage());
    }

    @Test
    void readsTheStanceOfAReportingCue() {
        LexiconPack pack = LexiconParser.parse("test.lex", HEADER + "allege\tcategory=report-verb\tinflect=verb\tstance=distancing\n");
        assertEquals(Optional.of(Stance.DISTANCING), pack.entries().get(0).stance());
    }

    @Test
    void namesUnknownStance() {
        assertEquals("test.lex:8:14: unknown stance 'doubtful'; expected one of neutral, endorsing, distancing, hedged, emotive",
                failure(HEADER + "claim\tstance=doubtful\n").getMessage());
    }

    @Test
    void namesBadConcept() {
        assertEquals("test.lex:8:16: concept must be lower-case letters, digits, '-', '.', '/', found 'Armed Groups'",
                failure(HEADER + "rebels\tconcept=Armed Groups\n").getMessage());
    }

    @Test
    void namesLabelWithoutConcept() {
        assertEquals("test.lex:8:8: label requires concept", failure(HEADER + "rebels\tlabel=rebels\n").getMessage());
    }

    @Test
    void namesEntryWithoutCategory() {
        assertEquals("test.lex:6:1: entry has no category: give category=... or a @category header",
                failure("@name t\n@version 1\n@language en\n@license MIT\n@source s\nrebels\n").getMessage());
    }

    @Test
    void namesPhraseWithoutWord() {
        assertEquals("test.lex:8:1: phrase has no word", failure(HEADER + "...\tvalence=0\n").getMessage());
    }

    @Test
    void namesDuplicateEntry() {
        assertEquals("test.lex:9:1: duplicate entry 'rebel' (category label); first defined at line 8",
                failure(HEADER + "rebel\nRebel's\n").getMessage());
    }

    @Test
    void namesRemovalWithOtherFields() {
        assertEquals("test.lex:8:9: a removal takes only category=..., found 'valence'",
                failure(HEADER + "-rebels\tvalence=1\n").getMessage());
    }

    @Test
    void namesHeaderWithoutValue() {
        assertEquals("test.lex:1:9: expected a value after @version", failure("@version\n").getMessage());
    }

    @Test
    void namesRemovalWithoutPhrase() {
        assertEquals("test.lex:8:2: expected a phrase after '-'", failure(HEADER + "-\tcategory=label\n").getMessage());
    }

    @Test
    void namesRemovalWithoutCategory() {
        assertEquals("test.lex:6:1: removal has no category: give category=... or a @category header",
                failure("@name t\n@version 1\n@language en\n@license MIT\n@source s\n-rebels\n").getMessage());
    }

    @Test
    void namesMalformedUtf8() {
        byte[] bytes = (HEADER + "rebels\nbad ").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        broken[bytes.length] = (byte) 0xC3;
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconParser.parse("test.lex", new ByteArrayInputStream(broken)));
        assertEquals("test.lex:9:5: malformed UTF-8 input", e.getMessage());
    }

    @Test
    void namesMissingFile(@TempDir Path folder) {
        Path missing = folder.resolve("missing.lex");
        LexiconException e = assertThrows(LexiconException.class, () -> LexiconParser.parse(missing));
        assertEquals(missing + ": no such lexicon file", e.getMessage());
    }

    @Test
    void readsFilesWithByteOrderMark(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.lex");
        Files.writeString(file, "\uFEFF" + HEADER + "rebels\n");
        assertEquals(1, LexiconParser.parse(file).entries().size());
    }
}
