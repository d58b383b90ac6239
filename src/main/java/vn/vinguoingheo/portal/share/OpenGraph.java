package vn.vinguoingheo.portal.share;

import java.time.LocalDate;

/**
 * What an app (Facebook, Zalo…) shows when a page's link is shared: the values of its Open Graph
 * tags. Every URL is absolute, as those apps require.
 *
 * @param type {@code article} for an entry, {@code website} for every other page
 * @param url the page's canonical address
 * @param image the share image's address; it is {@link ShareCard#WIDTH} × {@link ShareCard#HEIGHT}
 * @param published the entry's date, or null
 */
public record OpenGraph(String type, String title, String description, String url, String siteName, String image,
                        String imageAlt, LocalDate published) {

    public String locale() {
        return "vi_VN";
    }

    public int imageWidth() {
        return ShareCard.WIDTH;
    }

    public int imageHeight() {
        return ShareCard.HEIGHT;
    }

    /** Cards drawn over a photo are JPEG, the others PNG. */
    public String imageType() {
        return image.endsWith(".jpg") ? "image/jpeg" : "image/png";
    }
}
