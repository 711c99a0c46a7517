package dev.slant.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The English inflection rules of {@code docs/lexicon-format.md}, applied to folded words. */
final class Inflector {
    private Inflector() {}

    /** Returns the forms that match {@code word}: the word itself first. */
    static List<String> forms(String word, Inflection inflection, boolean inflected) {
        if (!inflected || inflection == Inflection.NONE || !endsWithLetter(word)) {
            return List.of(word);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(thirdPerson(word));
        if (inflection == Inflection.VERB) {
            addPastAndParticiple(word, forms);
        }
        return List.copyOf(forms);
    }

    /** The plural of a noun and the third person of a verb follow the same rule. */
    static String thirdPerson(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")
                || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (endsWithConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static void addPastAndParticiple(String word, Set<String> forms) {
        if (word.endsWith("e")) {
            forms.add(word + "d");
            if (word.endsWith("ie")) {
                forms.add(word.substring(0, word.length() - 2) + "ying");
            } else if (word.endsWith("ee") || word.endsWith("ye") || word.endsWith("oe")) {
                forms.add(word + "ing");
            } else {
                forms.add(word.substring(0, word.length() - 1) + "ing");
            }
            return;
        }
        if (endsWithConsonantY(word)) {
            forms.add(word.substring(0, word.length() - 1) + "ied");
        } else {
            forms.add(word + "ed");
        }
        forms.add(word + "ing");
        if (endsWithSingleVowelConsonant(word)) {
            String doubled = word + word.charAt(word.length() - 1);
            forms.add(doubled + "ed");
            forms.add(doubled + "ing");
        }
    }

    private static boolean endsWithLetter(String word) {
        return !word.isEmpty() && Character.isLetter(word.charAt(word.length() - 1));
    }

    private static boolean endsWithConsonantY(String word) {
        return word.length() >= 2 && word.endsWith("y") && !isVowel(word.charAt(word.length() - 2));
    }

    /** "admit", "stop": one vowel before a final consonant other than w, x, y. */
    private static boolean endsWithSingleVowelConsonant(String word) {
        int n = word.length();
        if (n < 3) {
            return false;
        }
        char last = word.charAt(n - 1);
        return !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && Character.isLetter(last)
                && isVowel(word.charAt(n - 2)) && !isVowel(word.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
