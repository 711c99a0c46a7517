package dev.slant;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.report.ArticleInfo;

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
 */
public record Article(String id, String outlet, String title, String date, String url, String text) {

    /** Validates the fields. */
    public Article {
        checkNotNull(id, "id");
        checkNotNull(outlet, "outlet");
        checkNotNull(title, "title");
        checkNotNull(date, "date");
        checkNotNull(url, "url");
        checkNotNull(text, "text");
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
