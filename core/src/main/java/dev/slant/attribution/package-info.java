/**
 * Attribution: who says what in an article, introduced by which cue, with which stance, and
 * whether directly, indirectly or mixed. Start with {@link dev.slant.attribution.Attribution} and
 * {@link dev.slant.attribution.AttributionTable}, read from a report with
 * {@code ArticleReport.attributions()}; {@link dev.slant.attribution.AttributionFinder} holds the
 * rules.
 */
package dev.slant.attribution;
