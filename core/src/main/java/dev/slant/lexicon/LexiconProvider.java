package dev.slant.lexicon;

import java.util.List;
import java.util.Set;

/**
 * A source of named lexicon packs, found through {@link java.util.ServiceLoader}: a jar offers its
 * packs by listing its provider in {@code META-INF/services/dev.slant.lexicon.LexiconProvider}.
 * The provider opens its own resources, so packs load the same on the class path and the module
 * path.
 */
public interface LexiconProvider {

    /**
     * Returns the names of the packs this provider offers.
     *
     * @return pack names such as {@code conflict-labels/en}
     */
    Set<String> names();

    /**
     * Reads one of this provider's packs.
     *
     * @param name one of {@link #names()}
     * @return the pack
     * @throws LexiconException if the pack is invalid
     * @throws IllegalArgumentException if this provider has no pack of that name
     */
    LexiconPack load(String name);

    /**
     * Returns the packs an analyzer uses when none are named, in composition order.
     *
     * @return pack names; empty by default
     */
    default List<String> defaults() {
        return List.of();
    }
}
