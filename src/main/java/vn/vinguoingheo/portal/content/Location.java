package vn.vinguoingheo.portal.content;

/** Where something stands in a site's source: a path relative to the site, line and column from 1. */
public record Location(String file, int line, int column) {

    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
