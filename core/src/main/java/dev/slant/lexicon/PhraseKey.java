package dev.slant.lexicon;

import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import dev.slant.text.TokenHash;
import java.util.ArrayList;
import java.util.List;

/**
 * A phrase cut into tokens by the article tokenizer, each folded as matching folds it: the
 * identity of an entry, and the input to the phrase trie.
 *
 * @param words the folded words, without possessives
 */
record PhraseKey(List<String> words) {

    static PhraseKey of(String phrase) {
        StructureBuffer buffer = new StructureBuffer();
        StructureScanner.standard().scan(phrase, buffer, new Diagnostics(16));
        List<String> words = new ArrayList<>(buffer.tokenCount());
        char[] chars = phrase.toCharArray();
        for (int i = 0; i < buffer.tokenCount(); i++) {
            int start = buffer.tokenStart(i);
            int end = TokenHash.withoutPossessive(chars, start, buffer.tokenEnd(i));
            StringBuilder folded = new StringBuilder(end - start);
            for (int c = start; c < end; c++) {
                folded.append(TokenHash.fold(chars[c]));
            }
            words.add(folded.toString());
        }
        return new PhraseKey(List.copyOf(words));
    }

    boolean hasWord() {
        return words.stream().anyMatch(w -> w.codePoints().anyMatch(Character::isLetterOrDigit));
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
