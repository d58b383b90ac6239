package vn.vinguoingheo.portal.site;

/** A file the site publishes besides its pages, such as open data: where it goes and what it holds. */
public record DataFile(String url, byte[] bytes) {
}
