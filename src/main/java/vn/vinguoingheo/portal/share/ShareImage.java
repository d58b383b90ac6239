package vn.vinguoingheo.portal.share;

/**
 * A drawn share image of the site: where it is linked from and written to, and what it shows.
 *
 * @param url the root-relative link to the image
 * @param file its path under the output folder
 */
public record ShareImage(String url, String file, ShareCard card) {
}
