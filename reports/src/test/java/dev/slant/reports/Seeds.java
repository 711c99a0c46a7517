package dev.slant.reports;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.report.ArticleReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five seed articles with their outlets from the manifest, analysed once. */
final class Seeds {
    static final Path FOLDER = Path.of(System.getProperty("slant.seeds"));
    static final Analyzer SYRIA = Slant.analyzer().lexicon("conflict-labels/syria").actors("actors/syria-2019").build();
    static final List<ArticleReport> REPORTS = analyse(SYRIA);

    private Seeds() {}

    static List<Article> articles() {
        try {
            List<Article> articles = new ArrayList<>();
            List<String> manifest = Files.readAllLines(FOLDER.resolve("manifest.tsv"));
            for (String line : manifest.subList(1, manifest.size())) {
                String[] fields = line.split("\t", -1);
                articles.add(new Article(fields[0], fields[1], "", fields[3], fields[4],
                        Files.readString(FOLDER.resolve(fields[0]))));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ArticleReport> analyse(Analyzer analyzer) {
        return articles().stream().map(analyzer::analyze).toList();
    }

    static dev.slant.compare.Comparison comparison() {
        dev.slant.compare.ComparisonAccumulator accumulator = new dev.slant.compare.ComparisonAccumulator(
                dev.slant.compare.ComparisonSettings.defaults());
        REPORTS.forEach(accumulator::add);
        return accumulator.result();
    }

    /** The outlet of a seed whose manifest name starts with {@code prefix}. */
    static String outlet(String prefix) {
        return REPORTS.stream().map(r -> r.article().outlet()).filter(o -> o.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed outlet starts with " + prefix));
    }
}
