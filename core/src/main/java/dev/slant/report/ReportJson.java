package dev.slant.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import dev.slant.internal.EnumIds;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Stance;
import dev.slant.lexicon.Tag;
import dev.slant.text.Diagnostic;
import dev.slant.text.Span;
import dev.slant.voice.Voice;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Writes reports as JSON in the versioned schema documented in {@code docs/report-schema.md}
 * ({@value ArticleReport#SCHEMA}).
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build(); // the same digits, several times faster

    private ReportJson() {}

    /**
     * Returns a report as one JSON document.
     *
     * @param report the report
     * @param pretty whether to indent
     * @return the JSON text
     */
    public static String toJson(ArticleReport report, boolean pretty) {
        SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler()); // unlike StringWriter, no lock
        write(report, out, pretty);
        try {
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report as one JSON document, without a trailing line break.
     *
     * @param report the report
     * @param out where to write; not closed
     * @param pretty whether to indent
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ArticleReport report, Writer out, boolean pretty) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            write(report, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report as one JSON object to a generator.
     *
     * @param report the report
     * @param json the generator
     * @throws IOException if writing fails
     */
    public static void write(ArticleReport report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", ArticleReport.SCHEMA);
        writeArticle(report.article(), json);
        json.writeNumberField("tokens", report.tokens());
        json.writeNumberField("sentences", report.sentences());
        json.writeArrayFieldStart("terms");
        List<Term> terms = report.terms();
        for (int i = 0; i < terms.size(); i++) {
            writeTerm(terms.get(i), report.termAttribution(i), json);
        }
        json.writeEndArray();
        writeScores(report.scores(), json);
        AttributionJson.writeAttributions(report.attributionTable(), json);
        AttributionJson.writeStats(report.attributionTable(), json);
        ActorJson.write(report, json);
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic diagnostic : report.diagnostics()) {
            json.writeStartObject();
            json.writeStringField("code", EnumIds.idOf(diagnostic.code()));
            json.writeStringField("message", diagnostic.message());
            json.writeNumberField("start", diagnostic.span().start());
            json.writeNumberField("end", diagnostic.span().end());
            json.writeNumberField("count", diagnostic.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeArticle(ArticleInfo article, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("article");
        json.writeStringField("id", article.id());
        json.writeStringField("outlet", article.outlet());
        json.writeStringField("title", article.title());
        json.writeStringField("date", article.date());
        json.writeStringField("url", article.url());
        json.writeEndObject();
    }

    private static void writeTerm(Term term, int attribution, JsonGenerator json) throws IOException {
        LexiconEntry entry = term.entry();
        json.writeStartObject();
        json.writeNumberField("start", term.span().start());
        json.writeNumberField("end", term.span().end());
        json.writeStringField("text", term.text());
        json.writeStringField("pack", entry.origin().pack());
        json.writeStringField("entry", entry.phrase());
        json.writeStringField("category", entry.category().id());
        writeOptional("concept", entry.concept(), json);
        json.writeStringField("label", entry.label());
        json.writeNumberField("valence", entry.valence());
        json.writeArrayFieldStart("tags");
        for (Tag tag : entry.tags().stream().sorted().toList()) {
            json.writeString(tag.id());
        }
        json.writeEndArray();
        writeOptional("stance", entry.stance().map(Stance::id), json);
        writeVoice(term, attribution, json);
        json.writeEndObject();
    }

    private static void writeVoice(Term term, int attribution, JsonGenerator json) throws IOException {
        Voice voice = term.voice();
        json.writeObjectFieldStart("voice");
        json.writeStringField("kind", voice.kind().id());
        writeSpan("quote", voice.quote(), json);
        writeSpan("marker", voice.marker(), json);
        json.writeFieldName("attribution");
        if (attribution >= 0) {
            json.writeNumber(attribution);
        } else {
            json.writeNull();
        }
        writeOptional("speaker", term.speaker(), json);
        json.writeEndObject();
    }

    private static void writeScores(Scores scores, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("scores");
        json.writeNumberField("tokens", scores.tokens());
        json.writeObjectFieldStart("categories");
        for (Map.Entry<Category, VoiceCounts> category : scores.byCategory().entrySet()) {
            json.writeFieldName(category.getKey().id());
            writeCounts(category.getValue(), scores.tokens(), json);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("concepts");
        for (Map.Entry<String, ConceptScore> concept : scores.byConcept().entrySet()) {
            json.writeObjectFieldStart(concept.getKey());
            writeCountFields(concept.getValue().counts(), scores.tokens(), json);
            json.writeFieldName("narratorValence");
            if (concept.getValue().narratorValence().isPresent()) {
                json.writeNumber(round(concept.getValue().narratorValence().getAsDouble()));
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeCounts(VoiceCounts counts, int tokens, JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeCountFields(counts, tokens, json);
        json.writeEndObject();
    }

    private static void writeCountFields(VoiceCounts counts, int tokens, JsonGenerator json) throws IOException {
        for (VoiceKind voice : VoiceKind.values()) {
            json.writeObjectFieldStart(voice.id());
            json.writeNumberField("count", counts.count(voice));
            json.writeNumberField("per1000", round(counts.per1000(voice, tokens)));
            json.writeEndObject();
        }
    }

    private static void writeOptional(String field, Optional<String> value, JsonGenerator json) throws IOException {
        json.writeFieldName(field);
        if (value.isPresent()) {
            json.writeString(value.get());
        } else {
            json.writeNull();
        }
    }

    private static void writeSpan(String field, Optional<Span> span, JsonGenerator json) throws IOException {
        json.writeFieldName(field);
        if (span.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("start", span.get().start());
        json.writeNumberField("end", span.get().end());
        json.writeEndObject();
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
