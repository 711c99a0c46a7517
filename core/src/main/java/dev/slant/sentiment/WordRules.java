package dev.slant.sentiment;

import dev.slant.internal.LongIntMap;
import dev.slant.text.StructureBuffer;
import dev.slant.text.TokenHash;
import dev.slant.text.TokenKind;
import java.util.List;

/**
 * The closed word classes the rules read: negators, intensifiers, dampeners, contrast and clause
 * conjunctions, after VADER's lists (Hutto and Gilbert 2014). Looked up by token hash, so a
 * test costs one probe and allocates nothing.
 */
final class WordRules {
    private static final int NEGATOR = 1;
    private static final int INTENSIFIER = 2;
    private static final int DAMPENER = 4;
    private static final int CONTRAST = 8;
    private static final int CLAUSE_WORD = 16;
    private static final List<String> NEGATORS = List.of("not", "never", "no", "nor", "neither", "none",
            "nobody", "nothing", "nowhere", "cannot", "without", "aint", "cant", "dont", "doesnt", "didnt", "isnt",
            "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "rarely",
            "seldom", "despite");
    private static final List<String> INTENSIFIERS = List.of("very", "extremely", "really", "highly", "so",
            "too", "most", "deeply", "greatly", "hugely", "incredibly", "absolutely", "completely", "totally",
            "utterly", "particularly", "especially", "exceptionally", "remarkably", "entirely", "fully",
            "enormously", "tremendously", "truly", "thoroughly", "strongly", "seriously", "severely", "increasingly",
            "extraordinarily", "immensely", "intensely", "purely", "terribly", "awfully", "exceedingly",
            "more", "much", "vastly");
    private static final List<String> DAMPENERS = List.of("slightly", "somewhat", "barely", "hardly",
            "scarcely", "marginally", "partly", "partially", "less", "little", "almost", "fairly", "rather",
            "occasionally", "kinda", "sorta", "mildly", "moderately", "relatively", "least");
    private static final List<String> CONTRASTS = List.of("but", "however");
    private static final List<String> CLAUSE_WORDS = List.of("but", "however", "although", "though", "while",
            "whereas", "because", "yet", "unless", "that", "which", "who", "whom", "whose", "where", "when");

    /** Each listed word's roles as bits, so that a token's roles cost one look-up. */
    private static final LongIntMap ROLES = roles();

    private WordRules() {}

    private static LongIntMap roles() {
        LongIntMap roles = new LongIntMap();
        addRole(roles, NEGATORS, NEGATOR);
        addRole(roles, INTENSIFIERS, INTENSIFIER);
        addRole(roles, DAMPENERS, DAMPENER);
        addRole(roles, CONTRASTS, CONTRAST);
        addRole(roles, CLAUSE_WORDS, CLAUSE_WORD);
        return roles;
    }

    private static void addRole(LongIntMap roles, List<String> words, int role) {
        for (String word : words) {
            long hash = TokenHash.of(word);
            roles.put(hash, roles.get(hash) | role);
        }
    }

    private static boolean has(StructureBuffer text, int t, int role) {
        return (ROLES.get(text.tokenHash(t)) & role) != 0;
    }

    /** "not", "never", "no"..., and any word ending in "n't". */
    static boolean isNegator(StructureBuffer text, int t) {
        if (has(text, t, NEGATOR)) {
            return true;
        }
        int end = text.tokenEnd(t);
        CharSequence chars = text.text();
        return end - text.tokenStart(t) > 3 && TokenHash.fold(chars.charAt(end - 1)) == 't'
                && TokenHash.isApostrophe(chars.charAt(end - 2)) && TokenHash.fold(chars.charAt(end - 3)) == 'n';
    }

    static boolean isIntensifier(StructureBuffer text, int t) {
        return has(text, t, INTENSIFIER);
    }

    static boolean isDampener(StructureBuffer text, int t) {
        return has(text, t, DAMPENER);
    }

    static boolean isModifier(StructureBuffer text, int t) {
        return has(text, t, INTENSIFIER | DAMPENER) || isNegator(text, t);
    }

    /** "but", "however": the clause after weighs more than the one before. */
    static boolean isContrast(StructureBuffer text, int t) {
        return has(text, t, CONTRAST);
    }

    /** Tells whether token {@code t} ends a clause: , ; : dashes, brackets, quotation marks, conjunctions. */
    static boolean isClauseBoundary(StructureBuffer text, int t) {
        TokenKind kind = text.tokenKind(t);
        if (kind == TokenKind.OPEN_QUOTE || kind == TokenKind.CLOSE_QUOTE) {
            return true;
        }
        if (kind == TokenKind.PUNCTUATION) {
            char c = text.text().charAt(text.tokenStart(t));
            return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '-' || c == '('
                    || c == ')' || c == '[' || c == ']';
        }
        return kind == TokenKind.WORD && has(text, t, CLAUSE_WORD);
    }

    /** Tells whether token {@code t} has at least two letters and no lower-case letter. */
    static boolean isAllCaps(StructureBuffer text, int t) {
        if (text.tokenKind(t) != TokenKind.WORD) {
            return false;
        }
        int letters = 0;
        CharSequence chars = text.text();
        for (int i = text.tokenStart(t); i < text.tokenEnd(t); i++) {
            char c = chars.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static final long AGAINST = TokenHash.of("against");

    /** "against": the span after it is what an act or a stance is directed at. */
    static boolean isAgainst(StructureBuffer text, int t) {
        return text.tokenHash(t) == AGAINST;
    }
}
