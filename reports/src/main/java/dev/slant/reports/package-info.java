/**
 * Writers of comparisons and reports that need libraries core does without: the comparison as
 * JSON ({@link dev.slant.reports.ComparisonJson}, schema {@code slant.comparison/1}) and CSV
 * ({@link dev.slant.reports.ComparisonCsv}), terms as CSV ({@link dev.slant.reports.TermsCsv}),
 * and a self-contained HTML report ({@link dev.slant.reports.HtmlReport}).
 */
package dev.slant.reports;
