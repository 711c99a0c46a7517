package dev.slant.cli;

import dev.slant.Analyzer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slant analyze}: a report per article, as text, JSON or JSON lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds the loaded terms of each article and the voice that speaks them: the outlet's own,",
                "a quoted source's, or held at a distance (scare quotes, \"so-called\")."},
        footer = {"", "Inputs: .txt files, folders of them (with manifest.tsv: file, outlet, published, url),",
                ".jsonl corpora (one {\"id\", \"outlet\", \"title\", \"date\", \"url\", \"text\"} per line), or - for standard input.",
                "", "Exit status: 0 all analysed; 1 some inputs or lines skipped (each named on standard error);",
                "2 bad usage or a bad lexicon.",
                "", "Examples:", "  ./slant analyze seeds",
                "  ./slant analyze seeds --format json --lexicon conflict-labels/syria",
                "  ./slant analyze article.txt --lexicon my-terms.lex",
                "  ./slant analyze seeds --format html > seeds.html",
                "  ./slant analyze corpus.jsonl --format csv > terms.csv",
                "  cat article.txt | ./slant analyze -"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, .jsonl corpora, or - for standard input.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, jsonl, csv (one row per term) or html (one page, articles annotated; "
                    + "default: ${DEFAULT-VALUE}).")
    private String format;

    @Mixin
    private CorpusOptions corpus = new CorpusOptions();

    @Mixin
    private LexiconOptions packs = new LexiconOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat output;
        try {
            output = OutputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("slant: unknown format '" + format + "'; expected text, json, jsonl, csv or html");
            return 2;
        }
        Optional<Analyzer> built = packs.analyzer(err);
        if (built.isEmpty()) {
            return 2;
        }
        if (!corpus.threadsValid()) {
            err.println("slant: --threads must be at least 1");
            return 2;
        }
        int[] analysed = {0};
        OutputFormat.Output writer = output.open(out);
        int skipped = corpus.analyse(inputs, err, built.get()::analyze, report -> {
            writer.write(report);
            analysed[0]++;
        }, report -> report.text().length());
        writer.end();
        out.flush();
        if (skipped > 0) {
            err.println("slant: " + analysed[0] + " articles analysed, " + skipped + " inputs or lines skipped");
            return 1;
        }
        return 0;
    }
}
