package dev.slant.cli;

import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.report.ArticleReport;
import dev.slant.report.ReportJson;
import dev.slant.report.ReportText;
import dev.slant.reports.HtmlReport;
import dev.slant.reports.TermsCsv;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How {@code slant analyze} writes its reports, one article at a time. */
enum OutputFormat {
    /** A readable summary per article. */
    TEXT {
        @Override
        Output open(PrintWriter out) {
            return new Output() {
                private int index;

                @Override
                public void write(ArticleReport report) {
                    if (index++ > 0) {
                        out.println();
                    }
                    out.print(ReportText.summary(report));
                }
            };
        }
    },
    /** One JSON array of reports, indented. */
    JSON {
        @Override
        Output open(PrintWriter out) {
            out.print("[");
            return new Output() {
                private int index;

                @Override
                public void write(ArticleReport report) {
                    out.println(index++ == 0 ? "" : ",");
                    ReportJson.write(report, out, true);
                }

                @Override
                public void end() {
                    out.println(index == 0 ? "]" : "\n]");
                }
            };
        }
    },
    /** One report per line. */
    JSONL {
        @Override
        Output open(PrintWriter out) {
            return report -> {
                ReportJson.write(report, out, false);
                out.print('\n');
            };
        }
    },
    /** One CSV row per term, with a header row. */
    CSV {
        @Override
        Output open(PrintWriter out) {
            TermsCsv csv = TermsCsv.begin(out);
            return csv::write;
        }
    },
    /**
     * One self-contained HTML page: the articles annotated (the first {@value #HTML_ARTICLES}), and
     * the comparison of their outlets when there are several.
     */
    HTML {
        @Override
        Output open(PrintWriter out) {
            ComparisonAccumulator comparison = new ComparisonAccumulator(ComparisonSettings.defaults());
            List<ArticleReport> shown = new ArrayList<>();
            return new Output() {
                @Override
                public void write(ArticleReport report) {
                    comparison.add(report);
                    if (shown.size() < HTML_ARTICLES) {
                        shown.add(report);
                    }
                }

                @Override
                public void end() {
                    var result = comparison.result();
                    new HtmlReport("Slant analysis", result.outlets().size() > 1 ? Optional.of(result)
                            : Optional.empty(), shown).write(out);
                }
            };
        }
    };

    /** How many articles an HTML page shows annotated. */
    static final int HTML_ARTICLES = 200;

    /** Writes the reports of one run. */
    interface Output {
        /**
         * Writes one report.
         *
         * @param report the report
         */
        void write(ArticleReport report);

        /** Ends the output after the last report. */
        default void end() {}
    }

    /**
     * Starts the output of one run.
     *
     * @param out where to write
     * @return the output
     */
    abstract Output open(PrintWriter out);
}
