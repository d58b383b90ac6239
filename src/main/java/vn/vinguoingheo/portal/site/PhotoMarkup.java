package vn.vinguoingheo.portal.site;

import java.util.stream.Collectors;
import vn.vinguoingheo.portal.content.ImageRef;
import vn.vinguoingheo.portal.photo.Photo;
import vn.vinguoingheo.portal.photo.PhotoCopies;

/** How a page shows an entry's photo: its copies as a {@code srcset}, and the size of the widest. */
final class PhotoMarkup {

    /**
     * The width the photo is shown at: the entry column ({@code .entry}, 52rem) on a wide screen,
     * else the screen less the page's side padding (1rem each side). Keep in step with style.css.
     */
    static final String SIZES = "(min-width: 54rem) 52rem, calc(100vw - 2rem)";

    private PhotoMarkup() {
    }

    static Views.Image of(ImageRef image, PhotoCopies copies, Urls urls) {
        Photo photo = image.photo();
        Photo.Copy largest = photo.largest();
        String srcset = photo.copies().stream().map(c -> url(copies, c, urls) + " " + c.width() + "w").collect(Collectors.joining(", "));
        Photo.Copy narrowest = photo.copies().get(0);
        Views.Image smallest = new Views.Image(url(copies, narrowest, urls), image.alt(), narrowest.width(), narrowest.height(),
                null, null, image.caption(), image.credit(), null);
        return new Views.Image(url(copies, largest, urls), image.alt(), largest.width(), largest.height(), srcset, SIZES,
                image.caption(), image.credit(), smallest);
    }

    private static String url(PhotoCopies copies, Photo.Copy copy, Urls urls) {
        return urls.home() + copies.file(copy);
    }
}
