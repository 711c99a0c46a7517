/**
 * Comparing outlets on one event: which labels each outlet chose for each concept, in whose
 * voice, how far apart the outlets' choices are, which labels are most distinctive of each, whose
 * statements each carried and how it spoke of each actor. Start with {@link
 * dev.slant.compare.ComparisonAccumulator}: add reports as they arrive, then read the {@link
 * dev.slant.compare.Comparison}.
 */
package dev.slant.compare;
