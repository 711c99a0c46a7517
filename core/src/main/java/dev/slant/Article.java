package dev.slant;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.report.ArticleInfo;
import dev.slant.sentiment.Target;
import java.util.List;

/**
 * A news article to analyse: its text and what is known about it. Empty strings stand for unknown
 * metadata; the text may be anything at all, even empty.
 *
 * @param id an identifier, such as a file name
 * @param outlet the outlet that published it
 * @param title its title
 * @param date its publication date, ideally ISO 8601
 * @param url where it was published
 * @param text the article's text
 * @param targets spans whose sentiment the user asks for, possibly none; a bad one gets its own
 *     problem in the report, never an exception
 */
public record Article(String id, String outlet, String title, String date, String url, String text,
        List<Target> targets) {

    /** Validates the fields and copies the targets. */
    public Article {
        checkNotNull(id, "id");
        checkNotNull(outlet, "outlet");
        checkNotNull(title, "title");
        checkNotNull(date, "date");
        checkNotNull(url, "url");
        checkNotNull(text, "text");
        targets = List.copyOf(checkNotNull(targets, "targets"));
    }

    /**
     * Creates an article with no targets.
     *
     * @param id an identifier, such as a file name
     * @param outlet the outlet that published it
     * @param title its title
     * @param date its publication date, ideally ISO 8601
     * @param url where it was published
     * @param text the article's text
     */
    public Article(String id, String outlet, String title, String date, String url, String text) {
        this(id, outlet, title, date, url, text, List.of());
    }

    /**
     * Returns this article with target spans whose sentiment the report should give.
     *
     * @param spans the targets, in the order the report should list them
     * @return a copy with those targets
     */
    public Article withTargets(List<Target> spans) {
        return new Article(id, outlet, title, date, url, text, spans);
    }

    /**
     * Returns an article with only a text, and the id {@code article}.
     *
     * @param text the text
     * @return the article
     */
    public static Article of(String text) {
        return new Article("article", "", "", "", "", text);
    }

    /**
     * Returns an article with an id, an outlet and a text.
     *
     * @param id an identifier
     * @param outlet the outlet
     * @param text the text
     * @return the article
     */
    public static Article of(String id, String outlet, String text) {
        return new Article(id, outlet, "", "", "", text);
    }

    /**
     * Returns the metadata a report carries, without the text.
     *
     * @return the article's info
     */
    public ArticleInfo info() {
        return new ArticleInfo(id, outlet, title, date, url);
    }
}
