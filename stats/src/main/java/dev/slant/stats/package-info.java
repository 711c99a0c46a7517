/**
 * Statistics and plots over a comparison of outlets, with Smile (GPL-3.0-or-later, an optional
 * module that no Apache-licensed module depends on). Start from {@link dev.slant.stats.LabelTables}
 * (from a {@link dev.slant.compare.Comparison} or, through {@link dev.slant.stats.ComparisonJsonReader},
 * a {@code comparison.json}); then {@link dev.slant.stats.FramingVectors} for the outlets' framing
 * vectors and distances, {@link dev.slant.stats.OutletMap} for the map (PCA and MDS),
 * {@link dev.slant.stats.OutletClusters} for the dendrogram, and
 * {@link dev.slant.stats.LabelIndependence} for chi-square tests. {@link dev.slant.stats.StatsMain}
 * runs them all from the command line.
 */
package dev.slant.stats;
