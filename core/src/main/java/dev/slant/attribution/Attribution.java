package dev.slant.attribution;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * One statement the outlet attributes to a source: who, introduced by which cue, saying what.
 *
 * @param kind direct, indirect or mixed
 * @param source the speaker; empty when the text names none ("it was reported that ...")
 * @param cue the reporting cue
 * @param content from the first character of what was said to the end of its last part
 * @param parts the pieces of what was said, in text order: one, or more when the attribution
 *     splits a quotation ('"...," Putin said. "..."')
 */
public record Attribution(AttributionKind kind, Optional<Source> source, Cue cue, Span content, List<Span> parts) {

    /** Validates the fields and copies the parts. */
    public Attribution {
        checkNotNull(kind, "kind");
        checkNotNull(source, "source");
        checkNotNull(cue, "cue");
        checkNotNull(content, "content");
        parts = List.copyOf(checkNotNull(parts, "parts"));
        checkArgument(!parts.isEmpty(), "an attribution needs at least one content part");
    }

    /**
     * Returns the speaker's name where the text says who spoke.
     *
     * @return the actor, or empty for an unnamed, missing or unresolved source
     */
    public Optional<String> speaker() {
        return source.flatMap(Source::actor);
    }
}
