package vn.vinguoingheo.portal.content;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a fact comes from: an article, a report, a decision. Only the title is required. An article
 * that shows only the month it appeared has a {@code month} and no {@code date}; {@code author} is
 * the byline the article gives.
 */
public record SourceRef(String title, String publisher, LocalDate date, String url, String author, YearMonth month) {

    public SourceRef(String title, String publisher, LocalDate date, String url) {
        this(title, publisher, date, url, null, null);
    }

    /** The date as written: {@code 2023-04-06}, {@code 2023-10} for a month alone, or null. */
    public String dateText() {
        return date != null ? date.toString() : month != null ? month.toString() : null;
    }
}
