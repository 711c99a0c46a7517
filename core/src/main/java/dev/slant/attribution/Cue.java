package dev.slant.attribution;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Stance;
import dev.slant.text.Span;

/**
 * The words that introduce what a source said ("said", "alleged", "according to").
 *
 * @param span the cue in the text
 * @param text the cue as written
 * @param stance how the cue presents what was said, from the cue's lexicon entry
 */
public record Cue(Span span, String text, Stance stance) {

    /** Validates the fields. */
    public Cue {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(stance, "stance");
    }
}
