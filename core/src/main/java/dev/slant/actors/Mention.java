package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;
import dev.slant.voice.VoiceKind;

/**
 * One mention of an actor.
 *
 * @param span where it is in the text, with any title before the name ("Russian President Vladimir Putin")
 * @param text its words
 * @param kind how it names the actor
 * @param voice who speaks where it stands
 */
public record Mention(Span span, String text, MentionKind kind, VoiceKind voice) {

    /** Validates the fields. */
    public Mention {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(kind, "kind");
        checkNotNull(voice, "voice");
    }
}
