package vn.vinguoingheo.portal.content;

import java.time.LocalDate;

/** Where a fact comes from: an article, a report, a decision. Only the title is required. */
public record SourceRef(String title, String publisher, LocalDate date, String url) {
}
