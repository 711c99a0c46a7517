package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;

/**
 * A cue with which the narrator introduces a statement of an actor, from the attribution whose
 * source names the actor ("alleged", "stressed", "purportedly").
 *
 * @param span where the cue is
 * @param text its words
 * @param stance its stance id: {@code neutral}, {@code endorsing}, {@code distancing}, {@code hedged}, {@code emotive}
 */
public record StatementCue(Span span, String text, String stance) {

    /** Validates the fields. */
    public StatementCue {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(stance, "stance");
    }
}
