package dev.slant.reports;

import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Tag;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the terms of reports as CSV, one row per term, as reports arrive: {@link #begin} writes
 * the header, {@link #write} one report's rows. Columns are documented in {@code docs/report-schema.md}.
 */
public final class TermsCsv {
    /** The columns, in order. */
    public static final String[] HEADER = {"article", "outlet", "start", "end", "text", "pack", "entry", "category",
        "concept", "label", "valence", "tags", "stance", "voice", "speaker"};

    private final CSVPrinter csv;

    /**
     * Starts a CSV of terms and writes its header.
     *
     * @param out where to write; flushed after each report, never closed
     * @return the writer
     * @throws UncheckedIOException when writing fails
     */
    public static TermsCsv begin(Writer out) {
        try {
            return new TermsCsv(new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TermsCsv(CSVPrinter csv) {
        this.csv = csv;
    }

    /**
     * Writes one row per term of a report, in text order.
     *
     * @param report the report
     * @throws UncheckedIOException when writing fails
     */
    public void write(ArticleReport report) {
        try {
            for (Term term : report.terms()) {
                LexiconEntry entry = term.entry();
                csv.printRecord(report.article().id(), report.article().outlet(), term.span().start(),
                        term.span().end(), term.text(), entry.origin().pack(), entry.phrase(), entry.category().id(),
                        entry.concept().orElse(""), entry.label(), Numbers.text(entry.valence()),
                        entry.tags().stream().sorted().map(Tag::id).collect(Collectors.joining(";")),
                        entry.stance().map(s -> s.id()).orElse(""), term.voice().kind().id(),
                        term.speaker().orElse(""));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
