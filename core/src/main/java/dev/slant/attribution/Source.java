package dev.slant.attribution;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;
import java.util.Optional;

/**
 * Who an attribution gives as the speaker.
 *
 * @param span the source phrase in the text, with its titles and apposition
 * @param text the phrase as written
 * @param kind a name, a description or a pronoun
 * @param actor the speaker's name without titles ("Dmitry Peskov"), the antecedent's for a
 *     resolved pronoun; empty for descriptions and for pronouns with no fitting antecedent
 */
public record Source(Span span, String text, SourceKind kind, Optional<String> actor) {

    /** Validates the fields. */
    public Source {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(kind, "kind");
        checkNotNull(actor, "actor");
    }

    /**
     * Tells whether the source says who spoke: a name, a description, or a resolved pronoun.
     *
     * @return false only for a pronoun with no antecedent
     */
    public boolean isResolved() {
        return kind != SourceKind.PRONOUN || actor.isPresent();
    }
}
