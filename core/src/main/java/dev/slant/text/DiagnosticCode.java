package dev.slant.text;

/** The kinds of problem an analysis reports about its input instead of throwing. */
public enum DiagnosticCode {
    /** The text is empty or white space only. */
    EMPTY_TEXT,
    /** A quotation was never closed; it ends with its paragraph or the text. */
    UNCLOSED_QUOTATION,
    /** A closing quotation mark has no opening mark. */
    UNMATCHED_CLOSING_QUOTE,
    /** A quotation mark was written twice ({@code ""}); read as one. */
    DOUBLED_QUOTE_MARK,
    /** Control characters other than tab, line feed, form feed and carriage return. */
    CONTROL_CHARACTERS,
    /** Unpaired UTF-16 surrogates, usually from a broken conversion. */
    LONE_SURROGATES,
    /** U+FFFD replacement characters, usually from text decoded with the wrong encoding. */
    REPLACEMENT_CHARACTERS,
    /** A token longer than a word can be, as in text without spaces. */
    OVERLONG_TOKEN,
    /** A reporting cue ("said") with no content before or after it to attribute. */
    CUE_WITHOUT_CONTENT,
    /** More diagnostics were found than a report keeps. */
    DIAGNOSTICS_TRUNCATED
}
