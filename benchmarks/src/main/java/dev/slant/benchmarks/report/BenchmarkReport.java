package dev.slant.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes {@code BENCHMARKS.md} from a results folder of {@code benchmarks/run.sh}: JMH's JSON
 * files, {@code retained-heap.tsv}, {@code machine.txt} and {@code command.txt}.
 */
public final class BenchmarkReport {
    private static final String NOT_MEASURED = "–";

    private final List<Result> results = new ArrayList<>();
    private final Path folder;
    private final StringBuilder out = new StringBuilder();

    private BenchmarkReport(Path folder) throws IOException {
        this.folder = folder;
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode row : json.readTree(file.toFile())) {
                    results.add(Result.of(row));
                }
            }
        }
    }

    /**
     * Prints the report for a results folder to standard output.
     *
     * @param args the results folder
     * @throws IOException if the results cannot be read
     */
    public static void main(String[] args) throws IOException {
        BenchmarkReport report = new BenchmarkReport(Path.of(args[0]));
        System.out.print(report.write());
    }

    private String write() throws IOException {
        line("# Benchmarks");
        line("");
        line("Written by `benchmarks/run.sh` from its own measurements; do not edit by hand. Every figure is");
        line("JMH throughput (one fork; the error is JMH's 99.9% interval) unless it says otherwise. MB/s counts");
        line("the input's UTF-8 bytes. Peers run in the same JVM run, on the same text, with the same phrases.");
        line("");
        line("- Machine: " + read("machine.txt").strip().replace("\n", "; "));
        line("- Command: `" + read("command.txt").strip() + "`");
        line("");
        targets();
        matching();
        limits();
        stages();
        fullAnalysis();
        sentencePeers();
        build();
        comparison();
        return out.toString();
    }

    private void targets() throws IOException {
        double scanMatch = mbps("MatchingBenchmark.slantScanAndMatch", r -> r.param("lexiconSize").equals("1000"));
        double aho = mbps("MatchingBenchmark.ahoCorasick", r -> r.param("lexiconSize").equals("1000"));
        double limit = mbps("ScanLimitsBenchmark.tokenizeAndHash", r -> true);
        double full = mbps("FullAnalysisBenchmark.analyze", r -> r.param("input").equals("seeds") && r.threads() == 1);
        double vader = mbps("SentenceBaselinesBenchmark.vaderSentences", r -> true);
        double full10k = mbps("FullAnalysisBenchmark.analyze", r -> r.param("input").equals("10k") && r.threads() == 1);
        double full10m = mbps("FullAnalysisBenchmark.analyze", r -> r.param("input").equals("10m") && r.threads() == 1);
        double match1k = mbps("MatchingBenchmark.slantScanAndMatch", r -> r.param("lexiconSize").equals("1000"));
        double match100k = mbps("MatchingBenchmark.slantScanAndMatch", r -> r.param("lexiconSize").equals("100000"));
        double allocation = allocationPerByte("seeds");
        double cold = millis("AnalyzerBuildBenchmark.cold");
        double heap = retainedHeapMb();
        double one = mbps("FullAnalysisBenchmark.analyze", r -> r.param("input").equals("3k") && r.threads() == 1);
        double two = mbps("FullAnalysisBenchmark.analyze", r -> r.param("input").equals("3k") && r.threads() == 2);
        line("## Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        target("structure + phrase matching ≥ 250 MB/s (1k phrases, seeds)", fmt(scanMatch) + " MB/s", scanMatch >= 250);
        target("… ≥ 5× Aho-Corasick", ratio(scanMatch, aho), scanMatch >= 5 * aho);
        target("… within 3× of the tokenize-and-hash limit", ratio(limit, scanMatch) + " slower", limit <= 3 * scanMatch);
        target("full analysis ≥ 30 MB/s (seeds)", fmt(full) + " MB/s", full >= 30);
        target("… ≥ 50× the VADER port", ratio(full, vader), full >= 50 * vader);
        target("linear: 10 MB within 25% of 10 KB", fmt(full10m) + " vs " + fmt(full10k) + " MB/s",
                full10m >= 0.75 * full10k);
        target("lexicon-size blind: 100k phrases within 30% of 1k", fmt(match100k) + " vs " + fmt(match1k) + " MB/s",
                match100k >= 0.7 * match1k);
        target("allocation ≤ 2 bytes per input byte (full analysis, seeds)", fmt(allocation) + " B/B", allocation <= 2);
        target("building the analyzer with every bundled pack ≤ 300 ms (cold)", fmt(cold) + " ms", cold <= 300);
        target("retained heap ≤ 64 MB", fmt(heap) + " MB", heap <= 64);
        target("two threads ≥ 1.8× one (3 KB articles)", ratio(two, one), two >= 1.8 * one);
        line("");
    }

    private void matching() {
        line("## Phrase matching (seeds, one thread), MB/s");
        line("");
        line("| phrases | Slant structure + match | Aho-Corasick | `indexOf` per phrase | regex alternation | Slant ÷ Aho-Corasick |");
        line("|---|---|---|---|---|---|");
        for (String size : List.of("100", "1000", "10000", "100000")) {
            Predicate<Result> at = r -> r.param("lexiconSize").equals(size) && r.param("input").equals("seeds");
            double slant = mbps("MatchingBenchmark.slantScanAndMatch", at);
            double aho = mbps("MatchingBenchmark.ahoCorasick", at);
            if (Double.isNaN(slant)) {
                continue; // a quick run measures fewer sizes
            }
            line("| " + size + " | " + fmt(slant) + " | " + fmt(aho) + " | " + fmt(mbps("MatchingBenchmark.indexOfPerPhrase", at))
                    + " | " + fmt(mbps("MatchingBenchmark.regexAlternation", at)) + " | " + ratio(slant, aho) + " |");
        }
        line("");
    }

    private void limits() {
        line("## Practical limits (seeds, one thread), MB/s");
        line("");
        line("| bare character scan | tokenize-and-hash loop | Slant structure pass |");
        line("|---|---|---|");
        line("| " + fmt(mbps("ScanLimitsBenchmark.charScan", r -> true)) + " | "
                + fmt(mbps("ScanLimitsBenchmark.tokenizeAndHash", r -> true)) + " | "
                + fmt(mbps("ScanLimitsBenchmark.slantScan", r -> true)) + " |");
        line("");
    }

    private void stages() {
        line("## The pipeline stage by stage (seeds, default packs, one thread)");
        line("");
        line("Each row runs the pipeline up to that stage; a stage's own cost is its time per MB less the previous row's.");
        line("");
        line("| up to | MB/s | µs per 100 KB | the stage's own µs per 100 KB |");
        line("|---|---|---|---|");
        double previous = 0;
        for (String stage : List.of("structure", "match", "voice", "attribution", "sentiment", "actors")) {
            double mbps = mbps("StagesBenchmark.run", r -> r.param("stage").equals(stage));
            if (Double.isNaN(mbps)) {
                continue;
            }
            double micros = 1e5 / mbps; // µs for 100 KB = 0.1 MB at mbps MB per 1e6 µs
            double own = micros - previous;
            line("| " + stage + " | " + fmt(mbps) + " | " + fmt(micros) + " | "
                    + (own > 0 ? fmt(own) : "below the noise") + " |");
            previous = micros;
        }
        line("");
    }

    private void comparison() {
        double mbps = mbps("ComparisonBenchmark.compare", r -> true);
        line("## The corpus comparison (the five seed reports, one thread)");
        line("");
        line("Summarising and comparing five analysed reports per outlet (label distributions, divergences, "
                + "distinctive labels, actors with bootstrap intervals), counted against the articles' bytes:");
        line("");
        line("| MB of articles compared per second | µs per 100 KB |");
        line("|---|---|");
        line("| " + fmt(mbps) + " | " + fmt(1e5 / mbps) + " |");
        line("");
    }

    private void fullAnalysis() {
        line("## Full analysis by input size (default packs)");
        line("");
        line("| input | MB/s, 1 thread | articles/s | allocated bytes per input byte | MB/s, 2 threads | 2 ÷ 1 |");
        line("|---|---|---|---|---|---|");
        for (String input : List.of("seeds", "1k", "3k", "10k", "100k", "1m", "10m")) {
            Optional<Result> one = find("FullAnalysisBenchmark.analyze", r -> r.param("input").equals(input) && r.threads() == 1);
            if (one.isEmpty()) {
                continue;
            }
            double articles = one.get().opsPerSecond() * (input.equals("seeds") ? 5 : 1);
            double two = mbps("FullAnalysisBenchmark.analyze", r -> r.param("input").equals(input) && r.threads() == 2);
            double oneMbps = one.get().megabytesPerSecond();
            double error = one.get().error() * oneMbps / one.get().opsPerSecond();
            line("| " + input + " | " + fmt(oneMbps) + (Double.isNaN(error) ? "" : " ± " + fmt(error))
                    + " | " + fmt(articles) + " | " + fmt(allocationPerByte(input)) + " | " + fmt(two) + " | "
                    + ratio(two, oneMbps) + " |");
        }
        line("");
        Optional<Result> json = find("ReportJsonBenchmark.analyzeAndWrite", r -> true);
        if (json.isPresent()) {
            line("A report builds its term, attribution and actor objects only when they are read; the rows above "
                    + "read none. Writing every seed's report as JSON, as `./slant analyze --format jsonl` does, reads "
                    + "them all: " + fmt(json.get().megabytesPerSecond()) + " MB/s, "
                    + fmt(json.get().allocatedPerOp() * json.get().opsPerSecond() / json.get().bytesPerSecond())
                    + " allocated bytes per input byte (the seeds' JSON is about 22 bytes per input byte).");
            line("");
        }
    }

    private void sentencePeers() {
        double slant = mbps("SentenceBaselinesBenchmark.slantFullAnalysis", r -> true);
        double vader = mbps("SentenceBaselinesBenchmark.vaderSentences", r -> true);
        double openNlp = mbps("SentenceBaselinesBenchmark.openNlpPipeline", r -> true);
        line("## Beside sentence-level tools (seeds, one thread), MB/s");
        line("");
        line("| Slant full analysis | VADER Java port (sentence sentiment only) | OpenNLP sentences + tokens + POS tags |");
        line("|---|---|---|");
        line("| " + fmt(slant) + " | " + fmt(vader) + " (Slant " + ratio(slant, vader) + ") | " + fmt(openNlp)
                + " (Slant " + ratio(slant, openNlp) + ") |");
        line("");
    }

    private void build() throws IOException {
        line("## Building the analyzer with every bundled pack");
        line("");
        line("| first build in a fresh JVM | build in a warm JVM | retained heap |");
        line("|---|---|---|");
        line("| " + fmt(millis("AnalyzerBuildBenchmark.cold")) + " ms | " + fmt(millis("AnalyzerBuildBenchmark.warm"))
                + " ms | " + fmt(retainedHeapMb()) + " MB |");
        line("");
    }

    private Optional<Result> find(String benchmark, Predicate<Result> filter) {
        return results.stream().filter(r -> r.benchmark().equals(benchmark)).filter(filter).findFirst();
    }

    private double mbps(String benchmark, Predicate<Result> filter) {
        return find(benchmark, filter).map(r -> r.megabytesPerSecond()).orElse(Double.NaN);
    }

    private double millis(String benchmark) {
        return find(benchmark, r -> true).map(Result::millis).orElse(Double.NaN);
    }

    private double allocationPerByte(String input) {
        return find("FullAnalysisBenchmark.analyze", r -> r.param("input").equals(input) && r.threads() == 1)
                .map(r -> r.allocatedPerOp() * r.opsPerSecond() / r.bytesPerSecond()).orElse(Double.NaN);
    }

    private double retainedHeapMb() throws IOException {
        String[] fields = read("retained-heap.tsv").strip().split("\t");
        return fields.length > 1 ? Double.parseDouble(fields[1]) : Double.NaN;
    }

    private String read(String name) throws IOException {
        Path file = folder.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private void target(String what, String measured, boolean met) {
        line("| " + what + " | " + measured + " | " + (measured.contains(NOT_MEASURED) ? "not measured" : met ? "yes" : "**no**") + " |");
    }

    private static String ratio(double a, double b) {
        double ratio = a / b;
        if (Double.isNaN(ratio)) {
            return NOT_MEASURED;
        }
        return String.format(Locale.ROOT, ratio < 10 ? "%.2f×" : "%.1f×", ratio); // two decimals near a target
    }

    private static String fmt(double value) {
        if (Double.isNaN(value)) {
            return NOT_MEASURED;
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
