package dev.slant.voice;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;
import java.util.Optional;

/**
 * The voice of a span: the narrator's, a quoted one, or distanced, with the quotation or the
 * distancing marker that decides it.
 *
 * @param kind who speaks; the attribution of a reported or quoted span names the speaker
 * @param quote the quotation the span stands in (with its marks), for quoted spans and scare quotes
 * @param marker the distancing marker ("so-called") before the span, for distanced spans without quotes
 */
public record Voice(VoiceKind kind, Optional<Span> quote, Optional<Span> marker) {
    private static final Voice NARRATOR = new Voice(VoiceKind.NARRATOR, Optional.empty(), Optional.empty());
    private static final Voice REPORTED = new Voice(VoiceKind.REPORTED, Optional.empty(), Optional.empty());

    /** Validates the fields: a quoted voice has a quotation, a distanced one a quotation or a marker. */
    public Voice {
        checkNotNull(kind, "kind");
        checkNotNull(quote, "quote");
        checkNotNull(marker, "marker");
        checkArgument(kind != VoiceKind.QUOTED || quote.isPresent(), "a quoted voice needs its quotation");
        checkArgument(kind != VoiceKind.DISTANCED || quote.isPresent() || marker.isPresent(),
                "a distanced voice needs its scare quotes or its marker");
    }

    /**
     * Returns the narrator's voice.
     *
     * @return the narrator's voice
     */
    public static Voice narrator() {
        return NARRATOR;
    }

    /**
     * Returns the voice of the outlet's paraphrase of a source.
     *
     * @return the reported voice
     */
    public static Voice reported() {
        return REPORTED;
    }

    /**
     * Returns the voice of words inside a quotation.
     *
     * @param quotation the quotation, with its marks
     * @return a quoted voice
     */
    public static Voice quoted(Span quotation) {
        return new Voice(VoiceKind.QUOTED, Optional.of(quotation), Optional.empty());
    }

    /**
     * Returns the voice of words in scare quotes.
     *
     * @param quotation the scare quotes, with their marks
     * @return a distanced voice
     */
    public static Voice scareQuoted(Span quotation) {
        return new Voice(VoiceKind.DISTANCED, Optional.of(quotation), Optional.empty());
    }

    /**
     * Returns the voice of words after a distancing marker.
     *
     * @param marker the marker, such as "so-called"
     * @return a distanced voice
     */
    public static Voice markedBy(Span marker) {
        return new Voice(VoiceKind.DISTANCED, Optional.empty(), Optional.of(marker));
    }
}
