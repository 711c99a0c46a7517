package dev.slant.sentiment;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;

/**
 * One piece of evidence behind a sentiment score: the words and what they added to the score.
 *
 * @param span where the words are in the text
 * @param text the words
 * @param contribution what they added, after negation, intensifiers, contrast and the weight of
 *     their distance and syntax toward the target; negative for negative evidence
 */
public record Evidence(Span span, String text, double contribution) {

    /** Validates the fields. */
    public Evidence {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
    }
}
