package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.LexiconException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds actor packs by name through {@link ActorPackProvider}s on the class path, and reads packs
 * from files. Packs loaded by name are cached.
 */
public final class ActorPacks {
    private static final Map<String, ActorPack> CACHE = new ConcurrentHashMap<>();

    private ActorPacks() {}

    /**
     * Loads a pack by name.
     *
     * @param name a pack name such as {@code actors/syria-2019}
     * @return the pack
     * @throws LexiconException if no provider offers it, or the pack is invalid
     */
    public static ActorPack load(String name) {
        checkNotNull(name, "name");
        return CACHE.computeIfAbsent(name, ActorPacks::loadUncached);
    }

    private static ActorPack loadUncached(String name) {
        ActorPackProvider provider = providers().get(name);
        if (provider == null) {
            throw new LexiconException(name, 0, 0, "no actor pack of that name; available: "
                    + String.join(", ", available()) + ". A pack file is named by its path.");
        }
        return provider.load(name);
    }

    /**
     * Loads a pack by name, or reads it from a file when {@code nameOrPath} names an existing
     * file or ends in {@code .actors}.
     *
     * @param nameOrPath a pack name or a file path
     * @return the pack
     * @throws LexiconException if the pack cannot be found or is invalid
     */
    public static ActorPack resolve(String nameOrPath) {
        checkNotNull(nameOrPath, "nameOrPath");
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".actors") || Files.isRegularFile(path)) {
            return ActorPackParser.parse(path);
        }
        return load(nameOrPath);
    }

    /**
     * Lists the names of the packs on the class path.
     *
     * @return sorted names
     */
    public static List<String> available() {
        return new ArrayList<>(providers().keySet());
    }

    /**
     * Returns the default packs of every provider, in the order the providers are found.
     *
     * @return pack names, possibly empty
     */
    public static List<String> defaults() {
        List<String> names = new ArrayList<>();
        for (ActorPackProvider provider : ServiceLoader.load(ActorPackProvider.class,
                ActorPacks.class.getClassLoader())) {
            names.addAll(provider.defaults());
        }
        return names;
    }

    private static Map<String, ActorPackProvider> providers() {
        Map<String, ActorPackProvider> byName = new TreeMap<>();
        for (ActorPackProvider provider : ServiceLoader.load(ActorPackProvider.class,
                ActorPacks.class.getClassLoader())) {
            for (String name : provider.names()) {
                byName.putIfAbsent(name, provider);
            }
        }
        return byName;
    }
}
