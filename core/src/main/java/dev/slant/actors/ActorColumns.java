package dev.slant.actors;

import dev.slant.lexicon.Lexicon;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the actors of one text, actor by actor, into the columns of an {@link ArticleActors}:
 * each actor's mentions, the labels chosen for it, the cues of its statements and its evidence.
 * Reused from text to text by one thread; not thread-safe.
 */
final class ActorColumns {
    /** Mentions with their {@link MentionKind} as code. */
    final SpanColumns.Builder mentions = new SpanColumns.Builder(true, false);
    /** Labels with their term lexicon entry as code. */
    final SpanColumns.Builder labels = new SpanColumns.Builder(true, false);
    /** Statement cues with their {@link dev.slant.lexicon.Stance} as code. */
    final SpanColumns.Builder statements = new SpanColumns.Builder(true, false);
    private final SpanColumns.Builder evidence = new SpanColumns.Builder(false, true);
    /** The words of each actor found in the text, with 1 as code for a person; none for a catalog actor. */
    private final SpanColumns.Builder foundNames = new SpanColumns.Builder(true, false);
    /** Each actor of the catalog, null for one found in the text. */
    private final List<Actor> known = new ArrayList<>();

    /** Starts a text. */
    void clear() {
        known.clear();
        foundNames.clear();
        mentions.clear();
        labels.clear();
        statements.clear();
        evidence.clear();
    }

    /** Adds a piece of evidence toward the current actor; pieces come in text order. */
    void addEvidence(int start, int end, double contribution, VoiceKind voice) {
        evidence.add(start, end, 0, voice, contribution);
    }

    /** Closes the current actor, one of the catalog: what was added since the last call is {@code actor}'s. */
    void endActor(Actor actor) {
        known.add(actor);
        endActor();
    }

    /** Closes the current actor, a name found in the text whose words span {@code [start, end)}. */
    void endFoundActor(int start, int end, boolean person) {
        known.add(null);
        foundNames.add(start, end, person ? 1 : 0, VoiceKind.NARRATOR, 0);
        endActor();
    }

    private void endActor() {
        foundNames.endActor();
        mentions.endActor();
        labels.endActor();
        statements.endActor();
        evidence.endActor();
    }

    /** The actors collected, with the targets' results, copied out of the reused buffers. */
    ArticleActors build(String text, Lexicon terms, List<TargetSentiment> targets) {
        return new ArticleActors(text, terms, known.toArray(new Actor[0]), foundNames.build(), mentions.build(),
                labels.build(), statements.build(), evidence.build(), targets);
    }
}
