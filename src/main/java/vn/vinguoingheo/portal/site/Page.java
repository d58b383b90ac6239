package vn.vinguoingheo.portal.site;

import vn.vinguoingheo.portal.share.OpenGraph;

/**
 * One page of the site: where it goes, which template draws it, and the data that template reads.
 *
 * @param template the page's type, which names its template ({@code model} → {@code model.ftlh})
 * @param description the meta description and share text
 * @param share what the page's link shows when shared
 */
public record Page(String url, String template, String title, String description, Object data, OpenGraph share) {
}
