package dev.slant.report;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.attribution.Attribution;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.text.Span;
import dev.slant.voice.Voice;
import java.util.Optional;

/**
 * A loaded term found in an article: where, which lexicon entry it matched, and in whose voice.
 *
 * @param span where the term is in the original text
 * @param text the term's characters, as written in the article
 * @param entry the lexicon entry it matched, with its pack, concept, label, valence and tags
 * @param voice who speaks the term
 * @param attribution the attribution whose content the term stands in, direct or indirect, which
 *     names the speaker; empty for the narrator's own words and unattributed quotations
 */
public record Term(Span span, String text, LexiconEntry entry, Voice voice, Optional<Attribution> attribution) {

    /** Validates the fields. */
    public Term {
        checkNotNull(span, "span");
        checkNotNull(text, "text");
        checkNotNull(entry, "entry");
        checkNotNull(voice, "voice");
        checkNotNull(attribution, "attribution");
    }

    /**
     * Returns who speaks the term where an attribution says so.
     *
     * @return the speaker's name, or empty
     */
    public Optional<String> speaker() {
        return attribution.flatMap(Attribution::speaker);
    }
}
