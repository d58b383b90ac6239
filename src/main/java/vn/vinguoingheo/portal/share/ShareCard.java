package vn.vinguoingheo.portal.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import vn.vinguoingheo.portal.cache.CacheKey;

/**
 * What a page's share image shows: its kind, title, place and topic, and the site it belongs to.
 * Its {@link #version()} changes with any of these and with the design, so an image is drawn
 * again only when it would look different.
 *
 * @param kind a short label above the title ("Mô hình"), or null
 * @param place where the page is about ("Bạc Liêu, nay thuộc Cà Mau"), or null
 * @param topic what it is about (model types, a decision's number), or null
 * @param host the site's address as readers know it ("vinguoingheo.gov.vn")
 * @param photo the path, under the output folder, of the entry's photo copy drawn behind the
 *     card, or null for the plain card; the copy's name carries its content hash
 */
public record ShareCard(String kind, String title, String place, String topic, String siteName, String host, String photo) {

    /** A card without a photo. */
    public ShareCard(String kind, String title, String place, String topic, String siteName, String host) {
        this(kind, title, place, topic, siteName, host, null);
    }

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** A short hash of everything that makes the picture: its texts, the design and the fonts. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ShareCardPainter.DESIGN.getBytes(StandardCharsets.UTF_8));
            sha.update(ShareCardPainter.FONTS_SHA256.getBytes(StandardCharsets.UTF_8));
            Stream.of(kind, title, place, topic, siteName, host)
                    .forEach(text -> sha.update((String.valueOf(text) + '\u0000').getBytes(StandardCharsets.UTF_8)));
            if (photo != null) {
                // Only cards over a photo hash it, so the plain cards' versions (and files) stay as they were.
                sha.update(("photo:" + photo).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of this card's PNG in a build cache: everything {@link #version()} covers, in full, and the encoder. */
    public CacheKey cacheKey() {
        CacheKey.Builder key = CacheKey.builder("share-card").add(ShareCardPainter.DESIGN).add(ShareCardPainter.FONTS_SHA256)
                .add(PngEncoder.VERSION).add(kind).add(title).add(place).add(topic).add(siteName).add(host);
        if (photo != null) {
            // The copy's name carries the photo's content hash.
            key.add("photo:" + photo);
        }
        return key.build();
    }

    /** The image's alternative text: what it says, in one line. */
    public String alt() {
        StringBuilder alt = new StringBuilder(title);
        if (place != null) {
            alt.append(" – ").append(place);
        }
        if (topic != null) {
            alt.append(" – ").append(topic);
        }
        if (!title.equals(siteName)) {
            alt.append(" – ").append(siteName);
        }
        return alt.toString();
    }
}
