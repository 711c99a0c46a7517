package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named, versioned, licensed set of lexicon entries, read from a file or built in code.
 *
 * <p>A pack is immutable. Within one pack no two entries share a phrase and category; a pack may
 * also remove entries of the packs before it (see {@link Lexicon#compile}).
 */
public final class LexiconPack {
    private final PackInfo info;
    private final String source;
    private final List<LexiconEntry> entries;
    private final List<Removal> removals;
    /** Each entry's key, computed once: compiling reuses it. */
    private final List<EntryKey> keys;

    /** Creates a pack of entries whose keys, aligned with them, the builder computed. */
    private LexiconPack(PackInfo info, String source, List<LexiconEntry> entries, List<EntryKey> keys,
            List<Removal> removals) {
        this.info = info;
        this.source = source;
        this.entries = List.copyOf(entries);
        this.keys = List.copyOf(keys);
        this.removals = List.copyOf(removals);
        checkNoDuplicates();
    }

    private void checkNoDuplicates() {
        Map<EntryKey, LexiconEntry> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            LexiconEntry entry = entries.get(i);
            EntryKey key = keys.get(i);
            LexiconEntry first = seen.putIfAbsent(key, entry);
            if (first != null) {
                Origin at = entry.origin();
                throw new LexiconException(at.source(), at.line(), 1, "duplicate entry " + key.describe()
                        + "; first defined at line " + first.origin().line());
            }
        }
    }

    /** The key of entry {@code i}: its folded phrase and category. */
    EntryKey key(int i) {
        return keys.get(i);
    }

    /**
     * Starts a pack built in code.
     *
     * @param name the pack's name
     * @return a builder with version {@code 0}, language {@code en}, licence and source unstated
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns the pack's header.
     *
     * @return its name, version, language, licence and source
     */
    public PackInfo info() {
        return info;
    }

    /**
     * Returns the pack's name.
     *
     * @return the name
     */
    public String name() {
        return info.name();
    }

    /**
     * Returns the file or resource the pack was read from, or {@code <code>}.
     *
     * @return the source's name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the entries in the order they were defined.
     *
     * @return an immutable list
     */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * Returns the entries of earlier packs that this pack removes.
     *
     * @return an immutable list
     */
    public List<Removal> removals() {
        return removals;
    }

    @Override
    public String toString() {
        return info.name() + " " + info.version() + " (" + entries.size() + " entries)";
    }

    /** Builds a pack in code, or from a parsed file. */
    public static final class Builder {
        private String name;
        private String version = "0";
        private String language = "en";
        private String license = "unstated";
        private String sourceDescription = "built in code";
        private String description = "";
        private String source = "<code>";
        private final List<LexiconEntry> entries = new ArrayList<>();
        /** Each entry's key, computed as it is added: the parser computes it anyway, to check the phrase. */
        private final List<EntryKey> keys = new ArrayList<>();
        private final List<Removal> removals = new ArrayList<>();

        private Builder(String name) {
            this.name = checkNotNull(name, "name");
        }

        /**
         * Sets the header.
         *
         * @param info the header
         * @return this builder
         */
        public Builder info(PackInfo info) {
            this.name = info.name();
            this.version = info.version();
            this.language = info.language();
            this.license = info.license();
            this.sourceDescription = info.source();
            this.description = info.description();
            return this;
        }

        /**
         * Sets the version.
         *
         * @param value the version
         * @return this builder
         */
        public Builder version(String value) {
            this.version = checkNotNull(value, "version");
            return this;
        }

        /**
         * Sets the licence.
         *
         * @param value an SPDX identifier
         * @return this builder
         */
        public Builder license(String value) {
            this.license = checkNotNull(value, "license");
            return this;
        }

        /**
         * Sets the file or resource name that errors and origins refer to.
         *
         * @param value the source's name
         * @return this builder
         */
        public Builder source(String value) {
            this.source = checkNotNull(value, "source");
            return this;
        }

        /**
         * Adds an entry; an entry built in code without an origin of its own is stamped with this pack's.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder add(LexiconEntry entry) {
            checkNotNull(entry, "entry");
            return add(entry, EntryKey.of(entry.phrase(), entry.category()));
        }

        /** Adds an entry whose key is already known. */
        Builder add(LexiconEntry entry, EntryKey key) {
            entries.add(entry.origin().line() == 0 ? entry.withOrigin(new Origin(name, source, 0)) : entry);
            keys.add(key);
            return this;
        }

        /**
         * Adds an entry of this pack built from a phrase and a category.
         *
         * @param phrase the phrase
         * @param category the category
         * @return this builder
         */
        public Builder add(String phrase, Category category) {
            return add(LexiconEntry.builder(phrase, category).build());
        }

        /**
         * Removes an entry of an earlier pack.
         *
         * @param phrase the entry's phrase
         * @param category the entry's category
         * @return this builder
         */
        public Builder remove(String phrase, Category category) {
            return remove(new Removal(phrase, category, new Origin(name, source, 0)));
        }

        /**
         * Removes an entry of an earlier pack.
         *
         * @param removal what to remove
         * @return this builder
         */
        public Builder remove(Removal removal) {
            removals.add(checkNotNull(removal, "removal"));
            return this;
        }

        /**
         * Builds the pack.
         *
         * @return the pack
         * @throws LexiconException if two entries share a phrase and category
         */
        public LexiconPack build() {
            PackInfo info = new PackInfo(name, version, language, license, sourceDescription, description);
            return new LexiconPack(info, source, entries, keys, removals);
        }
    }
}
