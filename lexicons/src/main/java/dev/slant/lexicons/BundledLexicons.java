package dev.slant.lexicons;

import dev.slant.lexicon.LexiconException;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.LexiconParser;
import dev.slant.lexicon.LexiconProvider;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The packs bundled with Slant, offered to {@link dev.slant.lexicon.Lexicons} through
 * {@link java.util.ServiceLoader}. Their contents and provenance are described in
 * {@code docs/lexicons.md}.
 */
public final class BundledLexicons implements LexiconProvider {
    private static final String FOLDER = "packs/";
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("conflict-labels/en", "conflict-labels-en.lex");
        FILES.put("conflict-labels/syria", "conflict-labels-syria.lex");
        FILES.put("distancing/en", "distancing-en.lex");
        FILES.put("bias/en", "bias-en.lex");
        FILES.put("loaded-words/en", "loaded-words-en.lex");
        FILES.put("migration-labels/en", "migration-labels-en.lex");
        FILES.put("reporting-verbs/en", "reporting-verbs-en.lex");
        FILES.put("valence/afinn", "valence-afinn.lex");
        FILES.put("valence/vader", "valence-vader.lex");
        FILES.put("valence/news", "valence-news.lex");
    }

    /** The packs an analyzer uses when none are named: general English packs, no event pack. */
    private static final List<String> DEFAULTS = List.of("bias/en", "conflict-labels/en", "distancing/en", "reporting-verbs/en");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public BundledLexicons() {}

    @Override
    public Set<String> names() {
        return FILES.keySet();
    }

    @Override
    public LexiconPack load(String name) {
        String file = FILES.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no bundled pack named " + name + "; bundled: " + FILES.keySet());
        }
        InputStream in = BundledLexicons.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new LexiconException(file, 0, 0, "bundled pack resource is missing from the jar");
        }
        return LexiconParser.parse(file, in);
    }

    @Override
    public List<String> defaults() {
        return DEFAULTS;
    }
}
