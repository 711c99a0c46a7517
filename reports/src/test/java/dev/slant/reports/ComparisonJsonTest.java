package dev.slant.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.compare.ActorComparison;
import dev.slant.compare.Comparison;
import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.voice.VoiceKind;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ComparisonJsonTest {
    private static final Comparison COMPARISON = Seeds.comparison();

    private static JsonNode written() throws Exception {
        StringWriter out = new StringWriter();
        ComparisonJson.write(COMPARISON, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void writesTheSchemaTheSettingsAndEveryOutlet() throws Exception {
        JsonNode json = written();
        assertEquals("slant.comparison/1", json.get("schema").asText());
        assertEquals(5, json.get("articles").asInt());
        assertEquals(COMPARISON.settings().seed(), json.get("settings").get("seed").asLong());
        assertEquals(COMPARISON.outlets().size(), json.get("outlets").size());
        JsonNode first = json.get("outlets").get(0);
        assertEquals(COMPARISON.outlets().get(0).outlet(), first.get("outlet").asText());
        assertEquals(COMPARISON.outlets().get(0).loadedTerms(), first.get("loadedTerms").get("count").asLong());
    }

    @Test
    void writesEachConceptsDistributionsAsTheComparisonHoldsThem() throws Exception {
        JsonNode json = written();
        JsonNode concept = null;
        for (JsonNode c : json.get("concepts")) {
            if (c.get("concept").asText().equals("syria/idlib-armed-groups")) {
                concept = c;
            }
        }
        assertTrue(concept != null);
        LabelDistribution narrator = COMPARISON.concept("syria/idlib-armed-groups").orElseThrow()
                .voice(VoiceKind.NARRATOR).orElseThrow();
        JsonNode voice = concept.get("voices").get(0);
        assertEquals("narrator", voice.get("voice").asText());
        assertEquals(narrator.labels().size(), voice.get("labels").size());
        for (int i = 0; i < narrator.outlets().size(); i++) {
            OutletLabels row = narrator.outlets().get(i);
            JsonNode written = voice.get("outlets").get(i);
            assertEquals(row.outlet(), written.get("outlet").asText());
            assertEquals(row.total(), written.get("total").asInt());
            assertEquals(row.counts().get(0).intValue(), written.get("counts").get(0).asInt());
            assertEquals(row.distinctive().size(), written.get("distinctive").size());
        }
        assertEquals(narrator.divergence().get(0, 1), voice.get("divergence").get("jsd").get(0).get(1).asDouble(),
                1e-4);
    }

    @Test
    void writesActorsWithIntervalsOrNull() throws Exception {
        JsonNode actors = written().get("actors");
        assertEquals(COMPARISON.actors().size(), actors.size());
        ActorComparison top = COMPARISON.actors().get(0);
        JsonNode first = actors.get(0);
        assertEquals(top.id(), first.get("id").asText());
        JsonNode profile = first.get("outlets").get(0);
        top.outlets().get(0).sentiment().ifPresentOrElse(
                s -> assertEquals(s.low(), profile.get("sentiment").get("low").asDouble(), 1e-4),
                () -> assertTrue(profile.get("sentiment").isNull()));
        assertTrue(profile.get("stances").has("distancing"));
    }

    @Test
    void theSameComparisonGivesTheSameBytes() {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        ComparisonJson.write(COMPARISON, a);
        ComparisonJson.write(COMPARISON, b);
        assertEquals(a.toString(), b.toString());
    }
}
