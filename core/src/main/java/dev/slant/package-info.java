/**
 * Slant: media bias and framing analysis. Start with {@link dev.slant.Slant#analyze(String)}, or
 * build an {@link dev.slant.Analyzer} with {@link dev.slant.Slant#analyzer()}.
 */
package dev.slant;
