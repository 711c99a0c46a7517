package dev.slant.text;

import dev.slant.internal.LongHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a text's structure in one pass: tokens, sentences, paragraphs and quotations, all as
 * offsets into the original text.
 *
 * <ul>
 *   <li><b>Tokens</b>: words keep inner hyphens and apostrophes ("foreign-backed", "Türkiye's"),
 *       a possessive apostrophe ("terrorists'"), acronym dots ("U.S.") and number separators
 *       ("3.6", "1,000"); runs of dots, dashes, {@code !} and {@code ?} are one token; every other
 *       mark is a token of its own.
 *   <li><b>Sentences</b> end at {@code . ! ?} or an ellipsis followed by a capitalised word, a
 *       number or an opening mark, but not after an abbreviation ("Mr.", "Sept.") or an initial;
 *       closing marks after the full stop stay in the sentence; a blank line ends a sentence, a
 *       single line break does not.
 *   <li><b>Paragraphs</b> are separated by blank lines.
 *   <li><b>Quotations</b>: straight and curly, double and single marks, guillemets, nesting,
 *       apostrophes told apart from single marks, and a quotation running over paragraphs that
 *       reopens on each and closes once. Problems become diagnostics, never exceptions.
 * </ul>
 *
 * <p>A scanner is immutable and thread-safe; the buffer it fills is not.
 */
public final class StructureScanner {
    /** Words after which a full stop does not end a sentence. */
    private static final List<String> DEFAULT_ABBREVIATIONS = List.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr",
            "adm", "brig", "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "st", "jr", "sr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "no", "nos", "vol", "vols", "fig", "p", "pp", "approx", "est", "dept", "univ", "assn",
            "inc", "ltd", "co", "corp", "bros", "vs", "etc", "al", "ft", "mt", "ave", "blvd", "rd");

    /** A word longer than this is reported: it is text without spaces, not a word. */
    static final int OVERLONG_TOKEN = 1_000;

    private final LongHashSet abbreviations;

    private StructureScanner(LongHashSet abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * Returns a scanner with the default English abbreviations.
     *
     * @return the default scanner
     */
    public static StructureScanner standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns a scanner that knows the given abbreviations (written without their full stop, in
     * any case) besides single-letter initials.
     *
     * @param abbreviations words that a full stop after does not end a sentence
     * @return a scanner
     */
    public static StructureScanner withAbbreviations(Set<String> abbreviations) {
        return new StructureScanner(TokenHash.setOf(abbreviations));
    }

    private static final class Holder {
        static final StructureScanner STANDARD = withAbbreviations(Set.copyOf(DEFAULT_ABBREVIATIONS));
    }

    /**
     * Scans {@code text} into {@code buffer}, replacing what the buffer held.
     *
     * @param text the text; any characters at all
     * @param buffer the buffer to fill
     * @param diagnostics where problems with the text go
     */
    public void scan(CharSequence text, StructureBuffer buffer, Diagnostics diagnostics) {
        new Pass(text, buffer, diagnostics).run();
    }

    /**
     * Scans {@code text} into a new immutable structure.
     *
     * @param text the text
     * @return its structure
     */
    public TextStructure scan(String text) {
        StructureBuffer buffer = new StructureBuffer();
        Diagnostics diagnostics = new Diagnostics(100);
        scan(text, buffer, diagnostics);
        return TextStructure.copyOf(text, buffer, diagnostics.toList());
    }

    /** The state of one scan. */
    private final class Pass {
        private final char[] chars;
        private final int length;
        private final StructureBuffer buffer;
        private final Diagnostics diagnostics;
        private final QuoteTracker quotes = new QuoteTracker();
        private final CharacterIssues issues;

        private int newlines;
        private boolean terminalPending;
        private int paragraphFirstToken;

        Pass(CharSequence text, StructureBuffer buffer, Diagnostics diagnostics) {
            this.length = text.length();
            this.buffer = buffer;
            this.diagnostics = diagnostics;
            this.issues = new CharacterIssues(diagnostics);
            buffer.reset(text);
            this.chars = buffer.chars();
            quotes.reset(buffer, diagnostics);
        }

        void run() {
            int i = 0;
            while (i < length) {
                char c = chars[i];
                if (c == ' ') {
                    i++; // the most common character gets the shortest path
                    continue;
                }
                if (isSpace(c)) {
                    countLineBreak(c, i);
                    i++;
                    continue;
                }
                beforeToken(i);
                i = scanToken(i, c);
            }
            quotes.finish(buffer.tokenCount - 1);
            buffer.sortQuotations();
            issues.report();
            if (buffer.tokenCount == 0) {
                diagnostics.add(DiagnosticCode.EMPTY_TEXT, "the text is empty or white space only", 0, 0, 1);
            }
        }

        private boolean isSpace(char c) {
            if (c > ' ' && c < '\u007F') {
                return false;
            }
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
                return true;
            }
            if (c < ' ' || (c >= '\u007F' && c < '\u00A0')) {
                return true; // control characters act as white space; counted in countLineBreak
            }
            return c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || Character.isSpaceChar(c);
        }

        private void countLineBreak(char c, int i) {
            if (c == '\n') {
                newlines++;
            } else if (c == '\r') {
                if (i + 1 >= length || chars[i + 1] != '\n') {
                    newlines++;
                }
            } else if (c == '\u2029') {
                newlines += 2;
            } else if ((c < ' ' && c != '\t' && c != '\f' && c != '\u000B') || (c >= '\u007F' && c < '\u00A0')) {
                issues.control(i);
            }
        }

        /** Opens a paragraph or sentence before the token at {@code start} where one begins. */
        private void beforeToken(int start) {
            if (newlines == 0 && !terminalPending && buffer.tokenCount > 0) {
                return; // inside a sentence: nothing begins here
            }
            int count = buffer.tokenCount;
            if (count == 0) {
                buffer.startParagraph(0);
                buffer.startSentence(0);
            } else if (newlines >= 2) {
                quotes.paragraphBreak(chars, length, start, count - 1);
                buffer.startParagraph(count);
                buffer.startSentence(count);
                paragraphFirstToken = count;
                terminalPending = false;
            } else if (terminalPending) {
                char c = chars[start];
                if (isClosingAfterTerminal(c, start)) {
                    newlines = 0;
                    return; // stays in the sentence; the boundary may come after it
                }
                terminalPending = false;
                if (startsSentence(c, start)) {
                    buffer.startSentence(count);
                }
            }
            newlines = 0;
        }

        private boolean isClosingAfterTerminal(char c, int start) {
            if (c == ')' || c == ']' || c == '}') {
                return true;
            }
            if (!QuoteMarks.isQuoteChar(c)) {
                return false;
            }
            QuoteMarks.Role role = QuoteMarks.roleOf(c);
            return role == QuoteMarks.Role.CLOSES
                    || (role == QuoteMarks.Role.EITHER && quotes.isOpen(QuoteMarks.styleOf(c)) && followedBySpace(start + 1));
        }

        private boolean startsSentence(char c, int start) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                return Character.isUpperCase(Character.codePointAt(chars, start, length));
            }
            return c == '(' || c == '[' || c == '*' || c == '#' || c == '-' || c == '\u2022'
                    || (QuoteMarks.isQuoteChar(c) && QuoteMarks.roleOf(c) != QuoteMarks.Role.CLOSES);
        }

        private int scanToken(int start, char c) {
            if (c < 128 && ASCII_WORD[c]) {
                return scanWord(start);
            }
            int cp = codePointAt(start);
            if (c >= 128 && isWordChar(cp)) {
                return scanWord(start);
            }
            if (QuoteMarks.isQuoteChar(c)) {
                if ((c == '\'' || c == '\u2019') && start + 1 < length && Character.isDigit(chars[start + 1])
                        && !QuoteMarks.isDoubledSingle(chars, length, start)) {
                    return scanWord(start); // an elided year: '90s
                }
                return scanQuoteMark(start, c);
            }
            return scanMark(start, c, cp);
        }

        private int scanWord(int start) {
            int i = start;
            boolean hasLetter = false;
            // The token's hash is computed as it is read; the two previous states serve the possessive rule.
            long hash = TokenHash.START;
            long allButOne = hash;
            long allButTwo = hash;
            while (i < length) {
                char c = chars[i];
                char folded;
                if (c < 128 && ASCII_WORD[c]) {
                    hasLetter |= c > '9';
                    folded = (char) (c | 0x20); // lower-cases an ASCII letter, keeps a digit
                } else if ((c >= 128 && isWordChar(codePointAt(i))) || joinsWord(start, i, c)) {
                    hasLetter |= c >= 128 && Character.isLetter(codePointAt(i));
                    folded = TokenHash.fold(c);
                } else {
                    break;
                }
                allButTwo = allButOne;
                allButOne = hash;
                hash = TokenHash.stepFolded(hash, folded);
                i++;
            }
            int end = i;
            long key;
            if (i < length && (chars[i] == ' ' || chars[i] == ',') && TokenHash.withoutPossessive(chars, start, i) == i) {
                key = TokenHash.finish(hash); // the common end: no possessive, no acronym dot to weigh
            } else {
                end = scanWordEnding(start, i);
                if (end > i) {
                    allButTwo = allButOne;
                    allButOne = hash;
                    hash = TokenHash.step(hash, chars[i]);
                }
                key = TokenHash.finish(chars, start, end, hash, allButOne, allButTwo);
            }
            TokenKind kind = hasLetter ? TokenKind.WORD : TokenKind.NUMBER;
            buffer.addToken(start, end, kind, key);
            if (end - start > OVERLONG_TOKEN) {
                diagnostics.add(DiagnosticCode.OVERLONG_TOKEN,
                        "a token of " + (end - start) + " characters: text without spaces?", start, end, 1);
            }
            return end;
        }

        /**
         * Tells whether {@code c} at {@code i} joins the word it follows to the word character
         * after it: an inner hyphen or apostrophe, a number's separator, an acronym's dot, or the
         * low half of a surrogate pair.
         */
        private boolean joinsWord(int start, int i, char c) {
            if (c == ' ' || c == '\n') {
                return false; // by far the most common end of a word
            }
            if (Character.isLowSurrogate(c) && i > start && Character.isHighSurrogate(chars[i - 1])) {
                return true;
            }
            if (i + 1 >= length || !isWordChar(codePointAt(i + 1))) {
                return false;
            }
            if (isHyphen(c) || TokenHash.isApostrophe(c)) {
                return true;
            }
            if ((c == '.' || c == ',') && isDigitBefore(i) && Character.isDigit(chars[i + 1])) {
                return true;
            }
            return c == '.' && isSingleLetterSegment(start, i) && Character.isLetter(chars[i + 1]);
        }

        /** Takes a possessive apostrophe ("terrorists'") or an acronym's final dot ("U.S.") into the word. */
        private int scanWordEnding(int start, int end) {
            if (end >= length) {
                return end;
            }
            char c = chars[end];
            char last = chars[end - 1];
            if (TokenHash.isApostrophe(c) && c != '\u2018' && (last == 's' || last == 'S')
                    && !quotes.isOpen(QuoteStyle.SINGLE) && !QuoteMarks.isDoubledSingle(chars, length, end)) {
                return end + 1;
            }
            if (c == '.' && end - start >= 3 && chars[end - 2] == '.' && Character.isLetter(last)
                    && isSingleLetterSegment(start, end)) {
                return end + 1;
            }
            return end;
        }

        private int codePointAt(int i) {
            char c = chars[i];
            return Character.isHighSurrogate(c) ? Character.codePointAt(chars, i, length) : c;
        }

        private boolean isDigitBefore(int i) {
            return i > 0 && Character.isDigit(chars[i - 1]);
        }

        /** Tells whether the word segment just before {@code dot} is one letter, as in "U.S". */
        private boolean isSingleLetterSegment(int wordStart, int dot) {
            if (dot - 1 < wordStart || !Character.isLetter(chars[dot - 1])) {
                return false;
            }
            return dot - 1 == wordStart || chars[dot - 2] == '.';
        }

        private int scanQuoteMark(int start, char c) {
            int end = start + 1;
            QuoteStyle style = QuoteMarks.styleOf(c);
            QuoteMarks.Role role = QuoteMarks.roleOf(c);
            if (QuoteMarks.isDoubledSingle(chars, length, start)) {
                end = start + 2;
                style = QuoteStyle.DOUBLE;
                role = c == '`' || c == '\u2018' ? QuoteMarks.Role.OPENS : QuoteMarks.Role.EITHER;
            } else if (c == '"' && end < length && chars[end] == '"') {
                end = start + 2;
                diagnostics.add(DiagnosticCode.DOUBLED_QUOTE_MARK, "quotation mark written twice; read as one",
                        start, end, 1);
            }
            boolean opens = role == QuoteMarks.Role.OPENS
                    || (role == QuoteMarks.Role.EITHER && decideOpens(start, end, style));
            int token = buffer.tokenCount;
            boolean firstInParagraph = token == paragraphFirstToken;
            if (opens) {
                emit(start, end, TokenKind.OPEN_QUOTE);
                quotes.open(style, token, firstInParagraph);
            } else {
                emit(start, end, TokenKind.CLOSE_QUOTE);
                if (!quotes.close(style, token)) {
                    buffer.tokenKind[token] = (byte) TokenKind.PUNCTUATION.ordinal();
                }
            }
            return end;
        }

        /** Reads a straight mark's role from its flanks: space before opens, space after closes. */
        private boolean decideOpens(int start, int end, QuoteStyle style) {
            boolean spaceBefore = start == 0 || isOpeningContext(chars[start - 1]);
            boolean spaceAfter = followedBySpace(end);
            if (spaceBefore && !spaceAfter) {
                return true;
            }
            if (spaceAfter && !spaceBefore) {
                return false;
            }
            return !quotes.isOpen(style);
        }

        private boolean isOpeningContext(char before) {
            return isSpace(before) || before == '(' || before == '[' || before == '{' || isHyphen(before)
                    || before == '\u2014' || before == '\u2013' || before == '/' || before == ':'
                    || (QuoteMarks.isQuoteChar(before) && QuoteMarks.roleOf(before) != QuoteMarks.Role.CLOSES);
        }

        private boolean followedBySpace(int index) {
            if (index >= length) {
                return true;
            }
            char after = chars[index];
            return isSpace(after) || after == '.' || after == ',' || after == ';' || after == ':'
                    || after == '!' || after == '?' || after == ')' || after == ']' || after == '}'
                    || isHyphen(after) || after == '\u2014' || after == '\u2013' || after == '\u2026'
                    || (QuoteMarks.isQuoteChar(after) && QuoteMarks.roleOf(after) != QuoteMarks.Role.OPENS);
        }

        private int scanMark(int start, char c, int cp) {
            int end = start + Character.charCount(cp);
            TokenKind kind;
            if (c == '.' || c == '-' || c == '!' || c == '?') {
                while (end < length && (chars[end] == c || isTerminal(c) && isTerminal(chars[end]))) {
                    end++;
                }
                kind = TokenKind.PUNCTUATION;
            } else if (Character.isSurrogate(c) && end == start + 1) {
                issues.loneSurrogate(start);
                kind = TokenKind.SYMBOL;
            } else if (c == '\uFFFD') {
                issues.replacement(start);
                kind = TokenKind.SYMBOL;
            } else {
                kind = isPunctuation(cp) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL;
            }
            emit(start, end, kind);
            if (isTerminal(c) || c == '\u2026') {
                terminalPending = !(c == '.' && end == start + 1 && followsAbbreviation(start));
            }
            return end;
        }

        private boolean followsAbbreviation(int dot) {
            int previous = buffer.tokenCount - 2;
            if (previous < 0 || buffer.tokenEnd[previous] != dot
                    || buffer.tokenKind[previous] != (byte) TokenKind.WORD.ordinal()) {
                return false;
            }
            int wordStart = buffer.tokenStart[previous];
            if (dot - wordStart == 1 && Character.isUpperCase(chars[wordStart])) {
                return true; // an initial: "George W. Bush"
            }
            if (dot - wordStart > 1 && Character.isUpperCase(chars[dot - 1]) && chars[dot - 2] == '-') {
                return true; // a party and state: "(R-S.C.)", "(D-N.Y.)"
            }
            return abbreviations.contains(buffer.tokenHash[previous]);
        }

        private void emit(int start, int end, TokenKind kind) {
            buffer.addToken(start, end, kind, TokenHash.of(chars, start, end));
        }
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Word characters among the first 128, looked up instead of classified: the hot path of scanning. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return ASCII_WORD[cp];
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
