package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;
import dev.slant.voice.VoiceKind;

/**
 * A label of a label pack chosen for an actor: "Takfiri militants" for the armed groups in Idlib.
 *
 * @param span where it is in the text
 * @param text its words
 * @param label the label it belongs to
 * @param valence its connotation, in [-1, 1]
 * @param voice who chose it
 */
public record LabelChoice(Span span, String text, String label, double valence, VoiceKind voice) {

    /** Validates the fields. */
    public LabelChoice {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(label, "label");
        checkNotNull(voice, "voice");
    }
}
