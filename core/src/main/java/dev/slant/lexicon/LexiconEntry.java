package dev.slant.lexicon;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import java.util.Optional;
import java.util.Set;

/**
 * One entry of a lexicon pack: a phrase of one or more words and what it means.
 *
 * @param phrase the phrase as written in the pack
 * @param category what kind of word it is
 * @param concept the referent it names, if it names one
 * @param label the label it belongs to (variants of one way of naming share a label); the phrase
 *     when the pack gives none
 * @param valence its connotation in [-1, 1]
 * @param tags further connotations
 * @param stance for a reporting cue, how it introduces what a source said
 * @param inflection which inflected forms also match
 * @param origin where it was defined
 */
public record LexiconEntry(
        String phrase,
        Category category,
        Optional<String> concept,
        String label,
        double valence,
        Set<Tag> tags,
        Optional<Stance> stance,
        Inflection inflection,
        Origin origin) {

    /** Validates the fields and copies the tags. */
    public LexiconEntry {
        checkNotNull(phrase, "phrase");
        checkArgument(!phrase.isBlank(), "phrase must not be blank");
        checkNotNull(category, "category");
        checkNotNull(concept, "concept");
        checkNotNull(label, "label");
        checkArgument(valence >= -1.0 && valence <= 1.0, "valence must be in [-1, 1]: valence=%s", valence);
        tags = Set.copyOf(checkNotNull(tags, "tags"));
        checkNotNull(stance, "stance");
        checkNotNull(inflection, "inflection");
        checkNotNull(origin, "origin");
    }

    /**
     * Returns this entry as defined elsewhere.
     *
     * @param value the new origin
     * @return a copy with that origin
     */
    public LexiconEntry withOrigin(Origin value) {
        return new LexiconEntry(phrase, category, concept, label, valence, tags, stance, inflection, value);
    }

    /**
     * Starts an entry built in code, with no concept, valence 0, no tags, no stance and no inflection.
     *
     * @param phrase the phrase
     * @param category its category
     * @return a builder
     */
    public static Builder builder(String phrase, Category category) {
        return new Builder(phrase, category);
    }

    /** Builds an entry in code. */
    public static final class Builder {
        private final String phrase;
        private final Category category;
        private String concept;
        private String label;
        private double valence;
        private Set<Tag> tags = Set.of();
        private Stance stance;
        private Inflection inflection = Inflection.NONE;
        private Origin origin = new Origin("<code>", "<code>", 0);

        private Builder(String phrase, Category category) {
            this.phrase = phrase;
            this.category = category;
        }

        /**
         * Sets the concept and the label.
         *
         * @param concept the concept id
         * @param label the label
         * @return this builder
         */
        public Builder concept(String concept, String label) {
            this.concept = concept;
            this.label = label;
            return this;
        }

        /**
         * Sets the valence.
         *
         * @param value a number in [-1, 1]
         * @return this builder
         */
        public Builder valence(double value) {
            this.valence = value;
            return this;
        }

        /**
         * Sets the tags.
         *
         * @param values the tags
         * @return this builder
         */
        public Builder tags(Tag... values) {
            this.tags = Set.of(values);
            return this;
        }

        /**
         * Sets the stance of a reporting cue.
         *
         * @param value the stance
         * @return this builder
         */
        public Builder stance(Stance value) {
            this.stance = value;
            return this;
        }

        /**
         * Sets the inflection.
         *
         * @param value which inflected forms also match
         * @return this builder
         */
        public Builder inflection(Inflection value) {
            this.inflection = value;
            return this;
        }

        /**
         * Sets where the entry comes from.
         *
         * @param value the origin
         * @return this builder
         */
        public Builder origin(Origin value) {
            this.origin = value;
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws IllegalArgumentException if a field is invalid
         */
        public LexiconEntry build() {
            return new LexiconEntry(phrase, category, Optional.ofNullable(concept),
                    label == null ? phrase : label, valence, tags, Optional.ofNullable(stance), inflection, origin);
        }
    }
}
