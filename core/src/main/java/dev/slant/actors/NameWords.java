package dev.slant.actors;

import dev.slant.internal.LongHashSet;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;
import java.util.List;

/**
 * The closed word classes that name finding reads: titles before names, and capitalised words
 * that are no names (function words, months, days). Looked up by token hash.
 */
final class NameWords {
    private static final LongHashSet PERSON_TITLES = TokenHash.setOf(List.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.",
            "dr.", "sir", "dame", "lord", "lady"));
    private static final LongHashSet TITLES = TokenHash.setOf(List.of("president", "premier", "minister", "chancellor", "king",
            "queen", "prince", "princess", "sheikh", "emir", "sultan", "ayatollah", "imam", "pope", "general", "gen",
            "colonel", "col", "commander", "admiral", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "senator", "sen", "rep", "representative", "governor", "mayor", "ambassador", "envoy", "leader",
            "chief", "director", "prime", "foreign", "defence", "defense", "deputy", "vice", "supreme", "state",
            "interior", "justice", "finance", "economy", "minister", "marshal", "lieutenant", "major", "captain",
            "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "judge", "professor", "prof"));
    private static final LongHashSet NOT_NAMES = TokenHash.setOf(List.of("the", "a", "an", "in", "on", "at", "by", "to", "of",
            "for", "from", "with", "and", "or", "but", "if", "as", "so", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
            "after", "before", "when", "while", "since", "until", "during", "under", "over", "about", "against",
            "according", "meanwhile", "however", "also", "yet", "still", "then", "now", "today", "yesterday",
            "tomorrow", "what", "who", "why", "how", "where", "which", "some", "many", "most", "more", "all", "both",
            "each", "every", "no", "not", "one", "two", "three", "last", "next", "new", "other", "such", "our",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "related",
            "article", "photo", "read", "more", "share", "video", "reporting", "editing", "writing", "additional",
            "copyright", "reuters", "afp", "ap", "said", "says", "told", "added", "together", "additionally", "just", "much",
            "only", "even", "already", "earlier", "later", "instead", "separately", "finally", "moreover",
            "furthermore", "thus", "hence", "again", "between", "among", "amid", "despite", "following"));

    private NameWords() {}

    /** "Mr", "Mrs", "Ms", "Dr": the name after it is a person's. */
    static boolean isPersonTitle(StructureBuffer text, int t) {
        return PERSON_TITLES.contains(text.tokenHash(t));
    }

    /** A full stop token, such as the one after "Mr". */
    static boolean isFullStop(StructureBuffer text, int t) {
        return text.tokenKind(t) == TokenKind.PUNCTUATION && text.tokenEnd(t) - text.tokenStart(t) == 1
                && text.text().charAt(text.tokenStart(t)) == '.';
    }

    /** A word of a title before a name: "President", "Foreign Minister", "Mr". */
    static boolean isTitle(StructureBuffer text, int t) {
        return TITLES.contains(text.tokenHash(t));
    }

    /** A capitalised word that names no one: "The", "After", "Monday". */
    static boolean isNotName(StructureBuffer text, int t) {
        return NOT_NAMES.contains(text.tokenHash(t));
    }

    /** A word token whose first letter is upper case. */
    static boolean isCapitalised(StructureBuffer text, int t) {
        return text.tokenKind(t) == TokenKind.WORD && Character.isUpperCase(text.text().charAt(text.tokenStart(t)));
    }

    /** A particle inside Arabic and other names: "al-Sham", "bin", "ibn". */
    static boolean isNameParticle(StructureBuffer text, int t) {
        if (text.tokenKind(t) != TokenKind.WORD) {
            return false;
        }
        CharSequence chars = text.text();
        int start = text.tokenStart(t);
        int length = text.tokenEnd(t) - start;
        if (length > 3 && chars.charAt(start) == 'a' && chars.charAt(start + 1) == 'l' && chars.charAt(start + 2) == '-') {
            return true;
        }
        return length == 3 && (chars.charAt(start) == 'b' && chars.charAt(start + 1) == 'i' && chars.charAt(start + 2) == 'n'
                || chars.charAt(start) == 'i' && chars.charAt(start + 1) == 'b' && chars.charAt(start + 2) == 'n');
    }

    /** "Syrian", "Turkish", "Chinese", "Libyan": a capitalised adjective of nationality, no actor by itself. */
    static boolean isNationalityAdjective(StructureBuffer text, int t) {
        CharSequence chars = text.text();
        int end = text.tokenEnd(t);
        int length = end - text.tokenStart(t);
        return length > 4 && (endsWith(chars, end, "ian") || endsWith(chars, end, "ish") || endsWith(chars, end, "ese")
                || endsWith(chars, end, "ean") || endsWith(chars, end, "can") || endsWith(chars, end, "yan"));
    }

    /** "Russia-controlled", "Iran-backed": a hyphen followed by a lower-case letter. */
    static boolean isHyphenatedAdjective(StructureBuffer text, int t) {
        CharSequence chars = text.text();
        for (int i = text.tokenStart(t) + 1; i < text.tokenEnd(t) - 1; i++) {
            if (chars.charAt(i) == '-' && Character.isLowerCase(chars.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(CharSequence chars, int end, String suffix) {
        for (int i = 0; i < suffix.length(); i++) {
            if (TokenHash.fold(chars.charAt(end - suffix.length() + i)) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
