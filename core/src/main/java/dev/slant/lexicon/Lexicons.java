package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds lexicon packs by name through {@link LexiconProvider}s on the class path, and reads packs
 * from files. Packs loaded by name are cached.
 */
public final class Lexicons {
    private static final Map<String, LexiconPack> CACHE = new ConcurrentHashMap<>();

    private Lexicons() {}

    /**
     * Loads a pack by name.
     *
     * @param name a pack name such as {@code conflict-labels/en}
     * @return the pack
     * @throws LexiconException if no provider offers it, or the pack is invalid
     */
    public static LexiconPack load(String name) {
        checkNotNull(name, "name");
        return CACHE.computeIfAbsent(name, Lexicons::loadUncached);
    }

    private static LexiconPack loadUncached(String name) {
        LexiconProvider provider = providers().get(name);
        if (provider == null) {
            throw new LexiconException(name, 0, 0, "no lexicon pack of that name; available: "
                    + String.join(", ", available()) + ". A pack file is named by its path.");
        }
        return provider.load(name);
    }

    /**
     * Reads a pack from a file; not cached.
     *
     * @param file a pack file
     * @return the pack
     * @throws LexiconException if the file is missing or invalid
     */
    public static LexiconPack read(Path file) {
        return LexiconParser.parse(file);
    }

    /**
     * Loads a pack by name, or reads it from a file when {@code nameOrPath} names an existing
     * file or ends in {@code .lex}.
     *
     * @param nameOrPath a pack name or a file path
     * @return the pack
     * @throws LexiconException if the pack cannot be found or is invalid
     */
    public static LexiconPack resolve(String nameOrPath) {
        checkNotNull(nameOrPath, "nameOrPath");
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".lex") || java.nio.file.Files.isRegularFile(path)) {
            return read(path);
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
     * @return pack names, possibly empty when no provider is on the class path
     */
    public static List<String> defaults() {
        List<String> names = new ArrayList<>();
        for (LexiconProvider provider : ServiceLoader.load(LexiconProvider.class, Lexicons.class.getClassLoader())) {
            names.addAll(provider.defaults());
        }
        return names;
    }

    private static Map<String, LexiconProvider> providers() {
        Map<String, LexiconProvider> byName = new TreeMap<>();
        for (LexiconProvider provider : ServiceLoader.load(LexiconProvider.class, Lexicons.class.getClassLoader())) {
            for (String name : provider.names()) {
                byName.putIfAbsent(name, provider);
            }
        }
        return byName;
    }
}
