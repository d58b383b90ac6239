package vn.vinguoingheo.portal.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * A photo of the site as its file's header tells (nothing decoded): where it is, its content hash,
 * its size once turned upright, and how it is published. Everything a page needs (copies, their
 * names and sizes) follows from this, so pages can be written before, or without, any decoding.
 *
 * @param source the file's path relative to the site ({@code assets/images/ho-dan.jpg})
 * @param hash a short hash of the file's bytes and of {@link PhotoProcessor#VERSION}: it names the copies
 * @param width width in pixels after the EXIF orientation is applied
 * @param height height in pixels after the EXIF orientation is applied
 * @param orientation the EXIF orientation (1 upright … 8), applied to the pixels when published
 * @param png whether copies stay PNG (transparency or a palette), else JPEG
 * @param gps whether the file carries a GPS position (it is never published)
 */
public record Photo(String source, String hash, int width, int height, int orientation, boolean png, boolean gps) {

    /** The widths copies are made at, in CSS pixels of a phone, a tablet and a wide screen at 2×. */
    public static final int[] WIDTHS = {480, 960, 1600};

    /** A published copy: its file name (beside where the original is) and size. */
    public record Copy(String name, int width, int height) {
    }

    /**
     * The copies, narrowest first: each of {@link #WIDTHS} narrower than the photo, and the photo's
     * own width (up to the widest) as the last, so nothing is ever enlarged.
     */
    public List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        int widest = Math.min(width, WIDTHS[WIDTHS.length - 1]);
        for (int w : WIDTHS) {
            if (w < widest) {
                copies.add(copy(w));
            }
        }
        copies.add(copy(widest));
        return copies;
    }

    /** The widest copy: its size goes into the page, and share cards are drawn from it. */
    public Copy largest() {
        List<Copy> copies = copies();
        return copies.get(copies.size() - 1);
    }

    private Copy copy(int w) {
        int h = Math.max(1, Math.round((float) height * w / width));
        return new Copy(baseName() + "-" + w + "-" + hash + (png ? ".png" : ".jpg"), w, h);
    }

    /** The original's name without folder and extension. */
    private String baseName() {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The folder of the original, relative to the site, ending in "/" (empty at the root). */
    public String folder() {
        return source.substring(0, source.lastIndexOf('/') + 1);
    }
}
