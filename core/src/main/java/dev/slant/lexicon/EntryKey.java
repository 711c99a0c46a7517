package dev.slant.lexicon;

/**
 * The identity of an entry when packs compose: its folded phrase and its category.
 *
 * @param phrase the folded phrase
 * @param category the category
 */
record EntryKey(PhraseKey phrase, Category category) {

    static EntryKey of(String phrase, Category category) {
        return new EntryKey(PhraseKey.of(phrase), category);
    }

    String describe() {
        return "'" + phrase + "' (category " + category.id() + ")";
    }
}
