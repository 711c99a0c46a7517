package dev.slant.actors;

import java.util.List;
import java.util.Set;

/**
 * A source of named actor packs, found through {@link java.util.ServiceLoader}: a jar offers its
 * packs by listing its provider in {@code META-INF/services/dev.slant.actors.ActorPackProvider}.
 */
public interface ActorPackProvider {

    /**
     * Returns the names of the packs this provider offers.
     *
     * @return pack names such as {@code actors/world}
     */
    Set<String> names();

    /**
     * Reads one of this provider's packs.
     *
     * @param name one of {@link #names()}
     * @return the pack
     * @throws dev.slant.lexicon.LexiconException if the pack is invalid
     * @throws IllegalArgumentException if this provider has no pack of that name
     */
    ActorPack load(String name);

    /**
     * Returns the packs an analyzer uses when none are named, in composition order.
     *
     * @return pack names; empty by default
     */
    default List<String> defaults() {
        return List.of();
    }
}
