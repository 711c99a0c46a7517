/**
 * The bundled lexicon packs: general conflict labels, a Syrian war event pack, distancing markers
 * and the bias word lists of Recasens et al. (2013). Load them by name with
 * {@link dev.slant.lexicon.Lexicons#load(String)}.
 */
package dev.slant.lexicons;
