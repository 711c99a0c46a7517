/**
 * Text structure: tokens, sentences, paragraphs and quotations read in one pass, as offsets into
 * the original text. Start with {@link dev.slant.text.StructureScanner#scan(String)}.
 */
package dev.slant.text;
