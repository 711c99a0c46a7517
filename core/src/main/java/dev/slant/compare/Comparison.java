package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * The comparison of outlets on one event: the outlets, the concepts they named and the actors they
 * wrote about. Built by {@link ComparisonAccumulator}. Immutable.
 *
 * @param outlets the outlets, in order of their first article
 * @param concepts the concepts any outlet named, sorted by id
 * @param actors the actors any outlet mentioned, most mentioned first, ties by id
 * @param settings the settings it was computed with
 */
public record Comparison(List<OutletProfile> outlets, List<ConceptComparison> concepts, List<ActorComparison> actors,
        ComparisonSettings settings) {
    /** The version of the comparison schema, written as the JSON comparison's {@code schema} field. */
    public static final String SCHEMA = "slant.comparison/1";

    /** Validates and copies the fields. */
    public Comparison {
        outlets = List.copyOf(outlets);
        concepts = List.copyOf(concepts);
        actors = List.copyOf(actors);
        checkNotNull(settings, "settings");
    }

    /**
     * Returns the number of articles compared.
     *
     * @return the sum over the outlets
     */
    public int articles() {
        return outlets.stream().mapToInt(OutletProfile::articles).sum();
    }

    /**
     * Returns one outlet's profile.
     *
     * @param outlet the outlet's name
     * @return its profile, or empty
     */
    public Optional<OutletProfile> outlet(String outlet) {
        return outlets.stream().filter(o -> o.outlet().equals(outlet)).findFirst();
    }

    /**
     * Returns the comparison of one concept.
     *
     * @param concept the concept id
     * @return its comparison, or empty when no outlet named it
     */
    public Optional<ConceptComparison> concept(String concept) {
        return concepts.stream().filter(c -> c.concept().equals(concept)).findFirst();
    }

    /**
     * Returns the comparison of one actor.
     *
     * @param id the actor's id
     * @return its comparison, or empty when no outlet mentioned it
     */
    public Optional<ActorComparison> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
