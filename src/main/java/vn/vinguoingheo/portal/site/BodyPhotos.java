package vn.vinguoingheo.portal.site;

import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.vinguoingheo.portal.photo.Photo;
import vn.vinguoingheo.portal.photo.PhotoCopies;

/**
 * The images of an entry's body point at its resized copies, never at the original: the one place
 * the sanitised body's {@code <img>} get {@code src}, {@code srcset}, {@code sizes} and their size.
 * They are lazy (a body image is below the fold, unlike the entry's {@code image:}).
 */
final class BodyPhotos {

    /** The copy a phone at 2× or a wide screen at 1× picks; {@code src} for browsers without srcset. */
    private static final int DEFAULT_WIDTH = 960;

    /**
     * The width a body image is shown at: the text column ({@code .prose}, 44rem, narrower than
     * the entry's photo) on a wide screen, else the screen less the page's side padding. Keep in
     * step with style.css.
     */
    static final String SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

    private BodyPhotos() {
    }

    /** @param byAddress the copies of each body image, by its address as written */
    static String rewrite(String html, Map<String, PhotoCopies> byAddress, Urls urls) {
        if (byAddress.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img[src]")) {
            PhotoCopies copies = byAddress.get(img.attr("src"));
            if (copies == null) {
                continue;
            }
            Photo photo = copies.photo();
            Photo.Copy shown = photo.copies().stream().filter(c -> c.width() == DEFAULT_WIDTH).findFirst().orElse(photo.largest());
            Photo.Copy largest = photo.largest();
            img.attr("src", urls.home() + copies.file(shown))
                    .attr("srcset", photo.copies().stream().map(c -> urls.home() + copies.file(c) + " " + c.width() + "w")
                            .collect(Collectors.joining(", ")))
                    .attr("sizes", SIZES)
                    .attr("width", String.valueOf(largest.width()))
                    .attr("height", String.valueOf(largest.height()))
                    .attr("loading", "lazy")
                    .attr("decoding", "async");
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
        }
        return doc.body().html();
    }
}
