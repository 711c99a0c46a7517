package dev.slant.text;

/** The family of marks that delimit a quotation; a closing mark closes a quotation of its own family. */
public enum QuoteStyle {
    /** {@code "..."}, {@code “...”}, {@code „...“}, {@code ''...''}. */
    DOUBLE,
    /** {@code '...'}, {@code ‘...’}, {@code ‚...‘}. */
    SINGLE,
    /** {@code «...»}. */
    GUILLEMET,
    /** {@code ‹...›}. */
    SINGLE_GUILLEMET
}
