package vn.vinguoingheo.portal.content;

/**
 * An old path of an entry that must keep working: a redirect page is published there.
 *
 * @param path the path from the site's root, without a leading slash: a folder ({@code mo-hinh/ten-cu/})
 *             or an {@code .html} file ({@code tin-tuc/bai-cu.html})
 * @param location where it is written, for messages about it
 */
public record Alias(String path, Location location) {
}
