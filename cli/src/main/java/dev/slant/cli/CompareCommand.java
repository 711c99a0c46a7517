package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.compare.Comparison;
import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.compare.ReportSummary;
import dev.slant.report.ArticleReport;
import dev.slant.reports.ComparisonCsv;
import dev.slant.reports.ComparisonJson;
import dev.slant.reports.ComparisonText;
import dev.slant.reports.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant compare}: outlets side by side on one event, in the terminal and as files. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares how outlets covered one event: the labels each chose for each concept, in its own",
                "voice and in its sources', how far apart the outlets are (Jensen-Shannon divergence), the labels",
                "most distinctive of each (weighted log-odds), whose statements each carried, and the sentiment",
                "toward each actor with a bootstrap interval. Prints a summary and writes report.html,",
                "comparison.json and CSV tables to the output folder."},
        footer = {"", "Inputs: as for analyze; an article's outlet comes from manifest.tsv or the JSONL \"outlet\" field.",
                "Articles are analysed on several threads and read as a stream, so a corpus of any size runs in",
                "bounded memory; report.html shows the first --html-articles articles annotated.",
                "", "Exit status: 0 all compared; 1 some inputs or lines skipped (each named on standard error);",
                "2 bad usage, a bad lexicon, or an output folder that cannot be written.",
                "", "Examples:", "  ./slant compare seeds --lexicon conflict-labels/syria --actors actors/syria-2019",
                "  ./slant compare seeds --out target/seeds-report",
                "  ./slant compare corpus.jsonl --out report --threads 2 --html-articles 20",
                "  SLANT_JAVA_OPTS=-Xmx512m ./slant compare big-corpus.jsonl --out big-report"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, .jsonl corpora, or - for standard input.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "slant-report",
            description = "Where to write report.html, comparison.json and the CSV tables (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--html-articles", paramLabel = "N", defaultValue = "50",
            description = "How many articles report.html shows annotated (default: ${DEFAULT-VALUE}).")
    private int htmlArticles;

    @Option(names = "--min-terms", paramLabel = "N", defaultValue = "10",
            description = "Label distributions of fewer terms are flagged as small samples (default: ${DEFAULT-VALUE}).")
    private int minTerms;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20190827",
            description = "Seed of the bootstrap intervals (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--top", paramLabel = "N", defaultValue = "8",
            description = "How many concepts and actors the summary prints (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Slant: outlets compared",
            description = "The title of report.html (default: ${DEFAULT-VALUE}).")
    private String title;

    @Mixin
    private CorpusOptions corpus = new CorpusOptions();

    @Mixin
    private LexiconOptions packs = new LexiconOptions();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (htmlArticles < 0 || top < 1 || minTerms < 0 || !corpus.threadsValid()) {
            err.println("slant: --html-articles and --min-terms must not be negative, --top and --threads at least 1");
            return 2;
        }
        Optional<Analyzer> analyzer = packs.analyzer(err);
        if (analyzer.isEmpty()) {
            return 2;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("slant: cannot create the output folder " + out + ": " + e.getMessage());
            return 2;
        }
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults()
                .withMinTerms(minTerms).withSeed(seed));
        List<ArticleReport> shown = new ArrayList<>();
        int[] compared = {0};
        Analyzer built = analyzer.get();
        // Workers analyse and summarise; the reading thread only adds summaries, in input order.
        int skipped = corpus.analyse(inputs, err, article -> {
            ArticleReport report = built.analyze(article);
            return new Analysed(report, ReportSummary.of(report));
        }, analysed -> {
            accumulator.add(analysed.summary());
            if (shown.size() < htmlArticles) {
                shown.add(analysed.report());
            }
            compared[0]++;
        }, analysed -> analysed.report().text().length());
        Comparison comparison = accumulator.result();
        stdout.print(ComparisonText.format(comparison, top, top));
        try {
            write(comparison, shown);
        } catch (UncheckedIOException e) {
            err.println("slant: cannot write to " + out + ": " + e.getCause().getMessage());
            return 2;
        }
        stdout.println();
        stdout.println("Wrote " + out.resolve("report.html") + ", comparison.json and " + String.join(", ",
                ComparisonCsv.FILES) + " (" + shown.size() + " of " + compared[0] + " articles annotated in the report)");
        stdout.flush();
        if (skipped > 0) {
            err.println("slant: " + compared[0] + " articles compared, " + skipped + " inputs or lines skipped");
            return 1;
        }
        return 0;
    }

    /** An article's report and its summary, made on a worker thread. */
    private record Analysed(ArticleReport report, ReportSummary summary) {}

    private void write(Comparison comparison, List<ArticleReport> shown) {
        try (Writer json = Files.newBufferedWriter(out.resolve("comparison.json"), StandardCharsets.UTF_8);
                Writer html = Files.newBufferedWriter(out.resolve("report.html"), StandardCharsets.UTF_8)) {
            ComparisonJson.write(comparison, json);
            new HtmlReport(title, Optional.of(comparison), shown).write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ComparisonCsv.writeAll(comparison, out);
    }
}
