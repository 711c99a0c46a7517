package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.PackInfo;
import java.util.List;

/**
 * A validated actor pack: its header and its actors, in file order.
 *
 * @param info the header
 * @param source where it was read from, as errors name it
 * @param actors the actors
 */
public record ActorPack(PackInfo info, String source, List<Actor> actors) {

    /** Validates and copies the fields. */
    public ActorPack {
        checkNotNull(info, "info");
        checkNotNull(source, "source");
        actors = List.copyOf(actors);
    }

    /**
     * Returns the pack's name.
     *
     * @return the {@code @name} header
     */
    public String name() {
        return info.name();
    }
}
