package dev.slant.text;

/**
 * Counts characters that signal broken text (control characters, lone surrogates, replacement
 * characters) and reports each kind once, with its first position and its count.
 */
final class CharacterIssues {
    private final Diagnostics diagnostics;
    private int controlCount;
    private int controlFirst;
    private int surrogateCount;
    private int surrogateFirst;
    private int replacementCount;
    private int replacementFirst;

    CharacterIssues(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void control(int index) {
        if (controlCount++ == 0) {
            controlFirst = index;
        }
    }

    void loneSurrogate(int index) {
        if (surrogateCount++ == 0) {
            surrogateFirst = index;
        }
    }

    void replacement(int index) {
        if (replacementCount++ == 0) {
            replacementFirst = index;
        }
    }

    void report() {
        if (controlCount > 0) {
            diagnostics.add(DiagnosticCode.CONTROL_CHARACTERS,
                    controlCount + " control characters, read as white space", controlFirst, controlFirst + 1, controlCount);
        }
        if (surrogateCount > 0) {
            diagnostics.add(DiagnosticCode.LONE_SURROGATES,
                    surrogateCount + " unpaired surrogates: the text was broken in conversion",
                    surrogateFirst, surrogateFirst + 1, surrogateCount);
        }
        if (replacementCount > 0) {
            diagnostics.add(DiagnosticCode.REPLACEMENT_CHARACTERS,
                    replacementCount + " replacement characters (U+FFFD): the text was decoded with the wrong encoding",
                    replacementFirst, replacementFirst + 1, replacementCount);
        }
    }
}
