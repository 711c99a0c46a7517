package dev.slant.reports;

import static dev.slant.internal.Checks.checkNotNull;
import static dev.slant.reports.Html.esc;

import dev.slant.compare.Comparison;
import dev.slant.report.ArticleReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A self-contained HTML report: one file with its styles and charts inline (CSS and SVG, no
 * script, no font, image or style sheet from the network), so that it opens offline and prints.
 * It shows the comparison of outlets when there is one (their rates, a heat map of labels per
 * concept, the sentiment toward each actor with its interval, the distinctive labels) and each
 * article annotated in place: labels coloured by valence, the voice of each term as the style of
 * its underline, reporting cues boxed by stance, sources in bold, actor mentions in blue. Every
 * string from an article is escaped with Commons Text.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *     new HtmlReport("Idlib, August 2019", Optional.of(comparison), reports).write(out);
 * }
 * }</pre>
 */
public final class HtmlReport {
    private static final String STYLE = resource("report.css");

    private final String title;
    private final Optional<Comparison> comparison;
    private final List<ArticleReport> articles;

    /**
     * Creates a report.
     *
     * @param title the page's title
     * @param comparison the comparison of outlets, or empty for articles alone
     * @param articles the articles to show annotated, in order
     */
    public HtmlReport(String title, Optional<Comparison> comparison, List<ArticleReport> articles) {
        this.title = checkNotNull(title, "title");
        this.comparison = checkNotNull(comparison, "comparison");
        this.articles = List.copyOf(articles);
    }

    /**
     * Writes the page.
     *
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException when writing fails
     */
    public void write(Writer out) {
        StringBuilder page = new StringBuilder(1 << 16);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Slant\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header class=\"page\">"
                        + "<h1>").append(esc(title)).append("</h1>\n<p class=\"lead\">");
        comparison.ifPresent(c -> page.append(c.articles()).append(c.articles() == 1 ? " article" : " articles")
                .append(" from ").append(c.outlets().size()).append(c.outlets().size() == 1 ? " outlet" : " outlets")
                .append(". "));
        page.append("Every number below comes from words you can find in the articles at the end of the page."
                + "</p>\n");
        legend(page);
        page.append("</header>\n<main>\n");
        comparison.ifPresent(c -> new ComparisonHtml(c).write(page));
        if (!articles.isEmpty()) {
            page.append("<section id=\"articles\"><h2>The articles, annotated</h2>\n");
            for (int i = 0; i < articles.size(); i++) {
                new ArticleHtml(articles.get(i), i + 1).write(page);
            }
            page.append("</section>\n");
        }
        page.append("</main>\n<footer>Made with Slant. Schemas: slant.report/2, slant.comparison/1.</footer>\n"
                + "</body>\n</html>\n");
        try {
            out.write(page.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void legend(StringBuilder page) {
        page.append("<div class=\"legend\"><span class=\"term v-narrator\" style=\"background:")
                .append(Html.valenceColour(-0.9)).append("\">negative label</span> <span class=\"term v-narrator\" "
                        + "style=\"background:").append(Html.valenceColour(0.6))
                .append("\">positive label</span> · underline: <span class=\"term v-narrator\">the outlet's own "
                        + "words</span> <span class=\"term v-reported\">its paraphrase of a source</span> "
                        + "<span class=\"term v-quoted\">a quotation</span> <span class=\"term v-distanced\">held at "
                        + "a distance</span> · <span class=\"source\">source</span> <span class=\"cue s-neutral\">"
                        + "neutral cue</span> <span class=\"cue s-endorsing\">endorsing</span> <span class=\"cue "
                        + "s-distancing\">distancing</span> <span class=\"cue s-hedged\">hedged</span> <span "
                        + "class=\"cue s-emotive\">emotive</span> · <span class=\"mention\">actor</span></div>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
