package dev.slant.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Article;
import dev.slant.compare.Comparison;
import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.report.ArticleReport;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The structure of the HTML report, parsed: every article and attribution, escaping, nothing from the network. */
class HtmlReportTest {
    static final String HOSTILE = "Putin said the <script>alert('x')</script> terrorists & \"rebels\" fled.";

    static String html() {
        List<ArticleReport> reports = new ArrayList<>(Seeds.REPORTS);
        reports.add(Seeds.SYRIA.analyze(new Article("hostile<1>", "Outlet <b>bold</b>", "", "", "", HOSTILE)));
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        reports.forEach(accumulator::add);
        Comparison comparison = accumulator.result();
        StringWriter out = new StringWriter();
        new HtmlReport("Idlib, August 2019 <test>", Optional.of(comparison), reports).write(out);
        return out.toString();
    }

    private static final String HTML = html();
    private static final Document DOC = Jsoup.parse(HTML);

    @Test
    void showsEveryArticleWithItsWholeText() {
        assertEquals(6, DOC.select("article.article").size());
        for (int i = 0; i < Seeds.REPORTS.size(); i++) {
            Element article = DOC.select("article.article").get(i);
            assertEquals(Seeds.REPORTS.get(i).article().id(), article.attr("data-article"));
            String shown = article.selectFirst("div.text").wholeText();
            assertEquals(Seeds.REPORTS.get(i).text(), shown, "the annotated text is the article's text, unchanged");
        }
    }

    @Test
    void listsEveryAttributionWithItsStance() {
        for (int i = 0; i < Seeds.REPORTS.size(); i++) {
            ArticleReport report = Seeds.REPORTS.get(i);
            Element article = DOC.select("article.article").get(i);
            assertEquals(report.attributions().size(), article.select("tr.attribution").size(), report.article().id());
            for (int a = 0; a < report.attributions().size(); a++) {
                assertEquals(report.attributions().get(a).cue().stance().id(),
                        article.select("tr.attribution").get(a).selectFirst(".badge").text());
            }
            assertTrue(article.select("div.text .cue").size() >= report.attributions().size(),
                    "every cue is marked in the text");
        }
    }

    @Test
    void escapesEveryStringFromTheArticles() {
        assertTrue(DOC.select("script").isEmpty(), "no script element, not even the article's");
        assertTrue(DOC.select("b:containsOwn(bold)").isEmpty());
        Element hostile = DOC.select("article.article").last();
        assertEquals(HOSTILE, hostile.selectFirst("div.text").wholeText());
        assertTrue(HTML.contains("&lt;script&gt;"));
        assertEquals("hostile<1>", hostile.attr("data-article"));
        assertEquals("Idlib, August 2019 <test>", DOC.title());
    }

    @Test
    void loadsNothingFromTheNetwork() {
        assertTrue(DOC.select("link, script, img, iframe, object, embed").isEmpty());
        assertTrue(DOC.select("[src], [href], [srcset], [data], [action]").isEmpty(), "no attribute that loads");
        String style = DOC.select("style").html();
        assertFalse(style.contains("url(") || style.contains("@import"), "no style that loads");
    }

    @Test
    void drawsTheComparison() {
        assertFalse(DOC.select("table.heatmap td.cell").isEmpty());
        assertFalse(DOC.select("div.concept[data-concept=syria/idlib-armed-groups]").isEmpty());
        assertFalse(DOC.select("div.actor-chart svg circle").isEmpty());
        assertEquals(6, DOC.select("table.outlets tr.outlet").size());
        assertFalse(DOC.select("td.distinctive .word").isEmpty());
    }

    @Test
    void colourLoadedTermsAndMarkTheirVoice() {
        Element rhc = DOC.select("article.article").get(1);
        assertFalse(rhc.select("span.term.v-narrator[style*=rgba(214,39,40]").isEmpty(), "negative narrator labels");
        assertFalse(rhc.select("span.term.v-quoted").isEmpty());
        assertFalse(rhc.select("span.mention").isEmpty());
        assertFalse(rhc.select("span.source").isEmpty());
    }

    @Test
    void aVeryLongArticleIsShownInPartWithANote() {
        String text = "The terrorists fled. ".repeat(ArticleHtml.MAX_CHARS / 21 + 100);
        ArticleReport report = Seeds.SYRIA.analyze(new Article("long", "X", "", "", "", text));
        StringWriter out = new StringWriter();
        new HtmlReport("long", Optional.empty(), List.of(report)).write(out);
        Element article = Jsoup.parse(out.toString()).selectFirst("article.article");
        String shown = article.selectFirst("div.text").wholeText();
        assertTrue(shown.startsWith(text.substring(0, ArticleHtml.MAX_CHARS)), "the first part, unchanged");
        assertTrue(article.selectFirst("span.cut").text().contains((text.length() - ArticleHtml.MAX_CHARS)
                + " more characters"), article.selectFirst("span.cut").text());
    }
}
