/**
 * Lexicon packs: the plain-text format, loading by name or from files, composition and the
 * compiled phrase matcher. Start with {@link dev.slant.lexicon.Lexicons#load(String)} and
 * {@link dev.slant.lexicon.Lexicon#compile(java.util.List)}.
 */
package dev.slant.lexicon;
