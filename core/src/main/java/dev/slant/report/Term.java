package dev.slant.report;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.LexiconEntry;
import dev.slant.text.Span;
import dev.slant.voice.Voice;

/**
 * A loaded term found in an article: where, which lexicon entry it matched, and in whose voice.
 *
 * @param span where the term is in the original text
 * @param text the term's characters, as written in the article
 * @param entry the lexicon entry it matched, with its pack, concept, label, valence and tags
 * @param voice who speaks the term
 */
public record Term(Span span, String text, LexiconEntry entry, Voice voice) {

    /** Validates the fields. */
    public Term {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(entry, "entry");
        checkNotNull(voice, "voice");
    }
}
