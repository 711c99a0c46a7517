package dev.slant.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.attribution.Attribution;
import dev.slant.attribution.AttributionKind;
import dev.slant.attribution.AttributionTable;
import dev.slant.attribution.AttributionTable.SpeakerStats;
import dev.slant.attribution.Source;
import dev.slant.lexicon.Stance;
import dev.slant.text.Span;
import java.io.IOException;
import java.util.Optional;

/** Writes a report's attributions and their counts per article and per speaker, for {@link ReportJson}. */
final class AttributionJson {
    private AttributionJson() {}

    /** Writes the {@code attributions} array. */
    static void writeAttributions(AttributionTable table, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("attributions");
        for (Attribution attribution : table.list()) {
            json.writeStartObject();
            json.writeStringField("kind", attribution.kind().id());
            writeSource(attribution.source(), json);
            json.writeObjectFieldStart("cue");
            writeSpanFields(attribution.cue().span(), json);
            json.writeStringField("text", attribution.cue().text());
            json.writeStringField("stance", attribution.cue().stance().id());
            json.writeEndObject();
            json.writeObjectFieldStart("content");
            writeSpanFields(attribution.content(), json);
            json.writeEndObject();
            json.writeArrayFieldStart("parts");
            for (Span part : attribution.parts()) {
                json.writeStartObject();
                writeSpanFields(part, json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Writes the {@code attributionStats} object: the article's mix and each speaker's. */
    static void writeStats(AttributionTable table, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("attributionStats");
        json.writeNumberField("count", table.size());
        json.writeObjectFieldStart("kinds");
        int[] kinds = table.kindCounts();
        for (AttributionKind kind : AttributionKind.values()) {
            json.writeNumberField(kind.id(), kinds[kind.ordinal()]);
        }
        json.writeEndObject();
        int[] stances = new int[Stance.values().length];
        for (int i = 0; i < table.size(); i++) {
            stances[table.stance(i).ordinal()]++;
        }
        writeStances(stances, json);
        json.writeNumberField("unknownSpeakerShare", ReportJson.round(table.unknownSpeakerShare()));
        json.writeArrayFieldStart("speakers");
        for (SpeakerStats speaker : table.speakerStats()) {
            json.writeStartObject();
            json.writeFieldName("speaker");
            if (speaker.speaker().isPresent()) {
                json.writeString(speaker.speaker().get());
            } else {
                json.writeNull();
            }
            json.writeBooleanField("named", speaker.named());
            json.writeNumberField("statements", speaker.statements());
            writeStances(speaker.stanceCounts(), json);
            json.writeNumberField("distancingShare", ReportJson.round(speaker.distancingShare()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeStances(int[] counts, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("stances");
        for (Stance stance : Stance.values()) {
            json.writeNumberField(stance.id(), counts[stance.ordinal()]);
        }
        json.writeEndObject();
    }

    private static void writeSource(Optional<Source> source, JsonGenerator json) throws IOException {
        json.writeFieldName("source");
        if (source.isEmpty()) {
            json.writeNull();
            return;
        }
        Source s = source.get();
        json.writeStartObject();
        writeSpanFields(s.span(), json);
        json.writeStringField("text", s.text());
        json.writeStringField("kind", s.kind().id());
        json.writeFieldName("actor");
        if (s.actor().isPresent()) {
            json.writeString(s.actor().get());
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void writeSpanFields(Span span, JsonGenerator json) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
    }
}
