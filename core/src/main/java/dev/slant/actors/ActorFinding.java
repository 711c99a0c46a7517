package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.sentiment.SentimentEstimate;
import dev.slant.voice.VoiceKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one article says of one actor: its mentions, the sentiment toward it with the evidence,
 * in all and by voice, and the labels chosen for it.
 *
 * @param actor the actor (for a name no pack knows, one made for the article, of type {@code unknown} or {@code person})
 * @param mentions its mentions, in text order
 * @param sentiment the sentiment over all voices
 * @param byVoice the sentiment by the voice of the evidence, for the voices that have evidence
 * @param labels the labels chosen for it, in text order; their valence is evidence too
 * @param statements the cues that introduce its statements, from the article's attributions; kept
 *     apart from the sentiment, as a dimension of their own
 */
public record ActorFinding(Actor actor, List<Mention> mentions, SentimentEstimate sentiment,
        Map<VoiceKind, SentimentEstimate> byVoice, List<LabelChoice> labels, List<StatementCue> statements) {

    /** Validates and copies the fields. */
    public ActorFinding {
        checkNotNull(actor, "actor");
        mentions = List.copyOf(mentions);
        checkNotNull(sentiment, "sentiment");
        byVoice = byVoice.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byVoice));
        labels = List.copyOf(labels);
        statements = List.copyOf(statements);
    }
}
