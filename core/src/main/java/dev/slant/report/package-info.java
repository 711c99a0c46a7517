/**
 * Reports: the immutable findings of one article ({@link dev.slant.report.ArticleReport}), their
 * scores, and writers for JSON ({@link dev.slant.report.ReportJson}) and readable text
 * ({@link dev.slant.report.ReportText}).
 */
package dev.slant.report;
