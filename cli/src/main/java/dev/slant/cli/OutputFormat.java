package dev.slant.cli;

import dev.slant.report.ArticleReport;
import dev.slant.report.ReportJson;
import dev.slant.report.ReportText;
import java.io.PrintWriter;

/** How {@code slant analyze} writes its reports, one article at a time. */
enum OutputFormat {
    /** A readable summary per article. */
    TEXT {
        @Override
        void write(ArticleReport report, int index, PrintWriter out) {
            if (index > 0) {
                out.println();
            }
            out.print(ReportText.summary(report));
        }
    },
    /** One JSON array of reports, indented. */
    JSON {
        @Override
        void begin(PrintWriter out) {
            out.print("[");
        }

        @Override
        void write(ArticleReport report, int index, PrintWriter out) {
            out.println(index == 0 ? "" : ",");
            ReportJson.write(report, out, true);
        }

        @Override
        void end(int count, PrintWriter out) {
            out.println(count == 0 ? "]" : "\n]");
        }
    },
    /** One report per line. */
    JSONL {
        @Override
        void write(ArticleReport report, int index, PrintWriter out) {
            ReportJson.write(report, out, false);
            out.print('\n');
        }
    };

    void begin(PrintWriter out) {}

    abstract void write(ArticleReport report, int index, PrintWriter out);

    void end(int count, PrintWriter out) {}
}
