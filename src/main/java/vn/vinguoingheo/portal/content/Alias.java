package vn.vinguoingheo.portal.content;

/**
 * An old path of an entry that must keep working: a redirect page is published there.
 *
 * @param path the path from the site's root, without a leading slash: a folder ({@code mo-hinh/ten-cu/})
 *             or an {@code .html} file ({@code tin-tuc/bai-cu.html})
 * @param location where it is written, for messages about it
 */
public record Alias(String path, Location location) {

    /**
     * The shape of an alias as a regular expression (the same in Java and JavaScript), for forms
     * that guide editors: segments of ASCII letters, digits and {@code - . _ ~}, none starting
     * with a dot. The loader's checks are the authority and say what is wrong.
     */
    public static final String PATTERN = "^/?[A-Za-z0-9_~-][A-Za-z0-9._~-]*(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?$";
}
