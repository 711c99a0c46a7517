package dev.slant.lexicons;

import dev.slant.actors.ActorPack;
import dev.slant.actors.ActorPackParser;
import dev.slant.actors.ActorPackProvider;
import dev.slant.lexicon.LexiconException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor packs bundled with Slant, offered to {@link dev.slant.actors.ActorPacks} through
 * {@link java.util.ServiceLoader}. Their contents are described in {@code docs/actor-packs.md}.
 */
public final class BundledActorPacks implements ActorPackProvider {
    private static final String FOLDER = "actors/";
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("actors/world", "world.actors");
        FILES.put("actors/syria-2019", "syria-2019.actors");
    }

    /** The packs an analyzer uses when none are named: the general pack, no event pack. */
    private static final List<String> DEFAULTS = List.of("actors/world");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public BundledActorPacks() {}

    @Override
    public Set<String> names() {
        return FILES.keySet();
    }

    @Override
    public ActorPack load(String name) {
        String file = FILES.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no bundled actor pack named " + name + "; bundled: " + FILES.keySet());
        }
        InputStream in = BundledActorPacks.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new LexiconException(file, 0, 0, "bundled actor pack resource is missing from the jar");
        }
        return ActorPackParser.parse(file, in);
    }

    @Override
    public List<String> defaults() {
        return DEFAULTS;
    }
}
