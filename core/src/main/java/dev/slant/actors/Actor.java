package dev.slant.actors;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Origin;
import java.util.List;

/**
 * An actor of an actor pack: who it is, and the phrases that mention it.
 *
 * @param id the canonical id, such as {@code putin} or {@code syria/army}
 * @param name the display name, such as "Vladimir Putin"
 * @param type what kind of actor it is
 * @param aliases names that mention it: "Vladimir Putin", "Putin"
 * @param roles descriptions that stand for it: "Russian president", "the Kremlin"
 * @param concepts concept ids of the label packs whose labels mention it
 * @param origin where it was defined
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, List<String> roles,
        List<String> concepts, Origin origin) {

    /** Validates and copies the fields. */
    public Actor {
        checkNotNull(id, "id");
        checkArgument(!id.isBlank(), "id must not be blank");
        checkNotNull(name, "name");
        checkNotNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        concepts = List.copyOf(concepts);
        checkNotNull(origin, "origin");
    }
}
