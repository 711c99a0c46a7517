package dev.slant.lexicon;

import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import dev.slant.text.TokenHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A phrase cut into tokens by the article tokenizer, each folded as matching folds it: the
 * identity of an entry, and the input to the phrase trie.
 *
 * @param words the folded words, without possessives
 */
record PhraseKey(List<String> words) {
    /**
     * Each thread's scanner buffer: packs hold tens of thousands of phrases, and a buffer per
     * phrase made building the analyzer allocate hundreds of megabytes.
     */
    private static final ThreadLocal<StructureBuffer> BUFFER = ThreadLocal.withInitial(StructureBuffer::new);

    static PhraseKey of(String phrase) {
        return isPlainWords(phrase) ? ofPlainWords(phrase) : scanned(phrase);
    }

    /**
     * ASCII letters in words separated by single spaces, as most entries are: the tokenizer would
     * make each word a token and fold it to lower case, so the key needs no scanner. Building the
     * analyzer reads tens of thousands of phrases, most of them before the scanner is compiled.
     */
    private static boolean isPlainWords(String phrase) {
        int length = phrase.length();
        if (length == 0 || phrase.charAt(0) == ' ' || phrase.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = phrase.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (c != ' ' || phrase.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static PhraseKey ofPlainWords(String phrase) {
        List<String> words = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= phrase.length(); i++) {
            if (i == phrase.length() || phrase.charAt(i) == ' ') {
                words.add(phrase.substring(start, i).toLowerCase(Locale.ROOT));
                start = i + 1;
            }
        }
        return new PhraseKey(List.copyOf(words));
    }

    /** The key as the article tokenizer cuts the phrase, for any phrase. */
    static PhraseKey scanned(String phrase) {
        StructureBuffer buffer = BUFFER.get();
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
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLetterOrDigit(word.codePointAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
