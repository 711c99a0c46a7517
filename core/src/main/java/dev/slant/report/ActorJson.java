package dev.slant.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.actors.ActorFinding;
import dev.slant.actors.LabelChoice;
import dev.slant.actors.Mention;
import dev.slant.actors.StatementCue;
import dev.slant.sentiment.Evidence;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.util.Map;

/**
 * Writes the {@code actors} and {@code targets} fields of the JSON report, as
 * {@code docs/report-schema.md} documents them.
 */
final class ActorJson {
    private ActorJson() {}

    static void write(ArticleReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("actors");
        for (ActorFinding actor : report.actors()) {
            writeActor(actor, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("targets");
        for (TargetSentiment target : report.targets()) {
            writeTarget(target, json);
        }
        json.writeEndArray();
    }

    private static void writeActor(ActorFinding actor, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", actor.actor().id());
        json.writeStringField("name", actor.actor().name());
        json.writeStringField("type", actor.actor().type().id());
        json.writeArrayFieldStart("mentions");
        for (Mention mention : actor.mentions()) {
            json.writeStartObject();
            json.writeNumberField("start", mention.span().start());
            json.writeNumberField("end", mention.span().end());
            json.writeStringField("text", mention.text());
            json.writeStringField("kind", mention.kind().id());
            json.writeStringField("voice", mention.voice().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("sentiment");
        writeEstimate(actor.sentiment(), json);
        json.writeObjectFieldStart("voices");
        for (Map.Entry<VoiceKind, SentimentEstimate> voice : actor.byVoice().entrySet()) {
            json.writeFieldName(voice.getKey().id());
            writeEstimate(voice.getValue(), json);
        }
        json.writeEndObject();
        json.writeArrayFieldStart("labels");
        for (LabelChoice label : actor.labels()) {
            json.writeStartObject();
            json.writeNumberField("start", label.span().start());
            json.writeNumberField("end", label.span().end());
            json.writeStringField("text", label.text());
            json.writeStringField("label", label.label());
            json.writeNumberField("valence", label.valence());
            json.writeStringField("voice", label.voice().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("statements");
        for (StatementCue cue : actor.statements()) {
            json.writeStartObject();
            json.writeNumberField("start", cue.span().start());
            json.writeNumberField("end", cue.span().end());
            json.writeStringField("text", cue.text());
            json.writeStringField("stance", cue.stance());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEstimate(SentimentEstimate estimate, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("score", round(estimate.score()));
        json.writeNumberField("low", round(estimate.low()));
        json.writeNumberField("high", round(estimate.high()));
        writeEvidence(estimate.evidence(), json);
        json.writeEndObject();
    }

    private static void writeTarget(TargetSentiment target, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", target.target().start());
        json.writeNumberField("end", target.target().end());
        if (target.problem().isPresent()) {
            json.writeNullField("label");
            json.writeNullField("score");
            writeEvidence(target.evidence(), json);
            json.writeStringField("error", target.problem().get());
        } else {
            json.writeStringField("label", target.label().id());
            json.writeNumberField("score", round(target.score()));
            writeEvidence(target.evidence(), json);
            json.writeNullField("error");
        }
        json.writeEndObject();
    }

    private static void writeEvidence(Iterable<Evidence> evidence, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("evidence");
        for (Evidence piece : evidence) {
            json.writeStartObject();
            json.writeNumberField("start", piece.span().start());
            json.writeNumberField("end", piece.span().end());
            json.writeStringField("text", piece.text());
            json.writeNumberField("contribution", round(piece.contribution()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Four decimals: finer than any threshold, and stable across platforms. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
