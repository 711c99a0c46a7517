package dev.slant.reports;

import dev.slant.compare.ActorComparison;
import dev.slant.compare.ActorProfile;
import dev.slant.compare.Comparison;
import dev.slant.compare.ConceptComparison;
import dev.slant.compare.DistinctiveLabel;
import dev.slant.compare.DivergenceMatrix;
import dev.slant.compare.Interval;
import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.compare.OutletProfile;
import dev.slant.lexicon.Stance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Comparison} as CSV tables, one file per kind of row (RFC 4180 through Commons
 * CSV, UTF-8, a header row; an absent value is an empty field). The columns are documented in
 * {@code docs/report-schema.md}.
 */
public final class ComparisonCsv {
    /** The file names {@link #writeAll} writes, in order. */
    public static final List<String> FILES = List.of("outlets.csv", "labels.csv", "distinctive.csv",
            "divergence.csv", "actors.csv");

    private ComparisonCsv() {}

    /**
     * Writes every table into a folder, creating it if needed.
     *
     * @param comparison the comparison
     * @param folder the folder
     * @return the files written, in the order of {@link #FILES}
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> writeAll(Comparison comparison, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String name : FILES) {
                Path file = folder.resolve(name);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    write(name, comparison, out);
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static void write(String name, Comparison comparison, Writer out) throws IOException {
        switch (name) {
            case "outlets.csv" -> outlets(comparison, out);
            case "labels.csv" -> labels(comparison, out);
            case "distinctive.csv" -> distinctive(comparison, out);
            case "divergence.csv" -> divergence(comparison, out);
            case "actors.csv" -> actors(comparison, out);
            default -> throw new IllegalArgumentException("unknown table " + name);
        }
    }

    private static CSVPrinter printer(Writer out, String... header) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /**
     * Writes one row per outlet: its size and its rates per 1,000 tokens.
     *
     * @param comparison the comparison
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void outlets(Comparison comparison, Writer out) throws IOException {
        CSVPrinter csv = printer(out, "outlet", "articles", "tokens", "small_sample", "loaded_terms",
                "loaded_per_1000", "narrator_loaded_terms", "narrator_loaded_per_1000", "distancing_markers",
                "distancing_per_1000", "hedges", "hedges_per_1000", "distanced_terms", "distanced_per_1000");
        for (OutletProfile o : comparison.outlets()) {
            csv.printRecord(o.outlet(), o.articles(), o.tokens(), o.smallSample(),
                    o.loadedTerms(), num(o.per1000(o.loadedTerms())),
                    o.narratorLoadedTerms(), num(o.per1000(o.narratorLoadedTerms())),
                    o.distancingMarkers(), num(o.per1000(o.distancingMarkers())),
                    o.hedges(), num(o.per1000(o.hedges())),
                    o.distancedTerms(), num(o.per1000(o.distancedTerms())));
        }
        csv.flush();
    }

    /**
     * Writes one row per concept, voice, outlet and label the outlet used.
     *
     * @param comparison the comparison
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void labels(Comparison comparison, Writer out) throws IOException {
        CSVPrinter csv = printer(out, "concept", "voice", "outlet", "label", "count", "share", "outlet_terms",
                "label_valence", "outlet_mean_valence", "small_sample");
        for (ConceptComparison c : comparison.concepts()) {
            for (LabelDistribution v : c.voices()) {
                for (OutletLabels o : v.outlets()) {
                    for (int i = 0; i < v.labels().size(); i++) {
                        if (o.counts().get(i) > 0) {
                            String label = v.labels().get(i);
                            csv.printRecord(c.concept(), v.voice().id(), o.outlet(), label, o.counts().get(i),
                                    num(o.share(i)), o.total(), num(c.labelValence().get(label)),
                                    num(o.meanValence()), o.smallSample());
                        }
                    }
                }
            }
        }
        csv.flush();
    }

    /**
     * Writes one row per concept, voice, outlet and distinctive label, highest z first.
     *
     * @param comparison the comparison
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void distinctive(Comparison comparison, Writer out) throws IOException {
        CSVPrinter csv = printer(out, "concept", "voice", "outlet", "rank", "label", "count", "others_count",
                "log_odds", "z");
        for (ConceptComparison c : comparison.concepts()) {
            for (LabelDistribution v : c.voices()) {
                for (OutletLabels o : v.outlets()) {
                    int rank = 1;
                    for (DistinctiveLabel d : o.distinctive()) {
                        csv.printRecord(c.concept(), v.voice().id(), o.outlet(), rank++, d.label(), d.count(),
                                d.others(), num(d.logOdds()), num(d.z()));
                    }
                }
            }
        }
        csv.flush();
    }

    /**
     * Writes one row per concept, voice and pair of outlets (each pair once).
     *
     * @param comparison the comparison
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void divergence(Comparison comparison, Writer out) throws IOException {
        CSVPrinter csv = printer(out, "concept", "voice", "outlet_a", "outlet_b", "jsd");
        for (ConceptComparison c : comparison.concepts()) {
            for (LabelDistribution v : c.voices()) {
                DivergenceMatrix m = v.divergence();
                for (int i = 0; i < m.outlets().size(); i++) {
                    for (int j = i + 1; j < m.outlets().size(); j++) {
                        csv.printRecord(c.concept(), v.voice().id(), m.outlets().get(i), m.outlets().get(j),
                                num(m.get(i, j)));
                    }
                }
            }
        }
        csv.flush();
    }

    /**
     * Writes one row per actor and outlet that mentioned it.
     *
     * @param comparison the comparison
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void actors(Comparison comparison, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("actor", "name", "type", "outlet", "mentions", "mention_share",
                "statements", "statement_share"));
        for (Stance s : Stance.values()) {
            header.add("stance_" + s.id());
        }
        header.addAll(List.of("sentiment", "sentiment_low", "sentiment_high", "evidence", "narrator_sentiment",
                "narrator_sentiment_low", "narrator_sentiment_high", "narrator_evidence", "narrator_label_valence",
                "narrator_labels", "small_sample"));
        CSVPrinter csv = printer(out, header.toArray(String[]::new));
        for (ActorComparison a : comparison.actors()) {
            for (ActorProfile p : a.outlets()) {
                List<Object> row = new ArrayList<>(List.of(a.id(), a.name(), a.type(), p.outlet(), p.mentions(),
                        num(p.mentionShare()), p.statements(), num(p.statementShare())));
                for (Stance s : Stance.values()) {
                    row.add(p.stances().getOrDefault(s, 0));
                }
                addInterval(row, p.sentiment());
                addInterval(row, p.narratorSentiment());
                row.add(num(p.narratorLabelValence()));
                row.add(p.narratorLabels());
                row.add(p.smallSample());
                csv.printRecord(row);
            }
        }
        csv.flush();
    }

    private static void addInterval(List<Object> row, Optional<Interval> interval) {
        row.add(interval.map(i -> num(i.estimate())).orElse(""));
        row.add(interval.map(i -> num(i.low())).orElse(""));
        row.add(interval.map(i -> num(i.high())).orElse(""));
        row.add(interval.map(i -> (Object) i.evidence()).orElse(0));
    }

    private static String num(double value) {
        return Numbers.text(value);
    }

    private static String num(Double value) {
        return value == null ? "" : Numbers.text(value);
    }

    private static String num(OptionalDouble value) {
        return value.isPresent() ? Numbers.text(value.getAsDouble()) : "";
    }
}
