package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * How the outlets treated one actor.
 *
 * @param id the actor's id
 * @param name its display name
 * @param type its type id
 * @param mentions its mentions over all outlets
 * @param outlets one profile per outlet that mentioned it or carried its statements, in outlet order
 */
public record ActorComparison(String id, String name, String type, long mentions, List<ActorProfile> outlets) {

    /** Validates and copies the fields. */
    public ActorComparison {
        checkNotNull(id, "id");
        checkNotNull(name, "name");
        checkNotNull(type, "type");
        outlets = List.copyOf(outlets);
    }

    /**
     * Returns one outlet's profile of the actor.
     *
     * @param outlet the outlet
     * @return its profile, or empty when the outlet never mentioned the actor
     */
    public Optional<ActorProfile> outlet(String outlet) {
        return outlets.stream().filter(o -> o.outlet().equals(outlet)).findFirst();
    }
}
