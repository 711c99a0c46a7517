package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Inflection;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Tag;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final Analyzer ANALYZER = Slant.analyzer().defaults(false).lexicon(LexiconPack.builder("test/en")
            .add(LexiconEntry.builder("terrorist", Category.LABEL).concept("armed-groups", "terrorists")
                    .valence(-0.9).tags(Tag.DELEGITIMISING).inflection(Inflection.NOUN).build())
            .add(LexiconEntry.builder("said", Category.REPORT_VERB).build())
            .build()).build();
    private static final String TEXT = "Terrorists attacked. \"The terrorists' nests,\" he said, \"will go.";

    private static JsonNode json() throws Exception {
        ArticleReport report = ANALYZER.analyze(new Article("a1", "Outlet", "Title", "2019-08-27", "https://x", TEXT));
        return new ObjectMapper().readTree(ReportJson.toJson(report, false));
    }

    @Test
    void writesTheDocumentedTopLevelFields() throws Exception {
        JsonNode json = json();
        assertEquals("slant.report/2", json.get("schema").asText());
        assertEquals("a1", json.get("article").get("id").asText());
        assertEquals("Outlet", json.get("article").get("outlet").asText());
        assertEquals(9, json.get("tokens").asInt());
        assertTrue(json.get("scores").has("categories"));
        assertTrue(json.get("diagnostics").isArray());
    }

    @Test
    void everyTermsOffsetsReproduceItsText() throws Exception {
        for (JsonNode term : json().get("terms")) {
            String text = TEXT.substring(term.get("start").asInt(), term.get("end").asInt());
            assertEquals(term.get("text").asText(), text);
        }
    }

    @Test
    void writesEntryAndVoiceOfATerm() throws Exception {
        JsonNode quoted = json().get("terms").get(1);
        assertEquals("terrorists'", quoted.get("text").asText());
        assertEquals("test/en", quoted.get("pack").asText());
        assertEquals("terrorist", quoted.get("entry").asText());
        assertEquals("label", quoted.get("category").asText());
        assertEquals("armed-groups", quoted.get("concept").asText());
        assertEquals("terrorists", quoted.get("label").asText());
        assertEquals(-0.9, quoted.get("valence").asDouble());
        assertEquals("delegitimising", quoted.get("tags").get(0).asText());
        assertEquals("quoted", quoted.get("voice").get("kind").asText());
        assertEquals(TEXT.indexOf('"'), quoted.get("voice").get("quote").get("start").asInt());
        assertTrue(quoted.get("voice").get("marker").isNull());
    }

    @Test
    void writesConceptAndCategoryScoresByVoice() throws Exception {
        JsonNode scores = json().get("scores");
        JsonNode labels = scores.get("categories").get("label");
        assertEquals(1, labels.get("narrator").get("count").asInt());
        assertEquals(111.111, labels.get("narrator").get("per1000").asDouble());
        assertEquals(1, labels.get("quoted").get("count").asInt());
        assertEquals(-0.9, scores.get("concepts").get("armed-groups").get("narratorValence").asDouble());
    }

    @Test
    void writesDiagnosticsWithTheirCodes() throws Exception {
        JsonNode diagnostic = json().get("diagnostics").get(0);
        assertEquals("unclosed-quotation", diagnostic.get("code").asText());
        assertEquals(1, diagnostic.get("count").asInt());
    }
}
