package dev.slant.report;

import static dev.slant.internal.Checks.checkNotNull;

/**
 * What a report says about its article, without the text: empty strings stand for unknown fields.
 *
 * @param id the article's id
 * @param outlet the outlet that published it
 * @param title its title
 * @param date its publication date as given, ideally ISO 8601
 * @param url where it was published
 */
public record ArticleInfo(String id, String outlet, String title, String date, String url) {

    /** Validates the fields. */
    public ArticleInfo {
        checkNotNull(id, "id");
        checkNotNull(outlet, "outlet");
        checkNotNull(title, "title");
        checkNotNull(date, "date");
        checkNotNull(url, "url");
    }
}
