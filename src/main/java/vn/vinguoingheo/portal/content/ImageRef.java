package vn.vinguoingheo.portal.content;

import vn.vinguoingheo.portal.photo.Photo;

/**
 * An entry's image: as written, its alternative text, caption and credit, where {@code image:}
 * is written (for errors), and once the loader found and looked at it, where it is in the site
 * ({@code assets/…} or beside the entry) and what its header says.
 *
 * @param caption a line shown under the photo, or null
 * @param credit who took the photo, or null
 * @param location where the value of {@code image:} is written in the entry's file
 * @param source the image's path relative to the site, or null before it was found
 * @param photo the photo as its header tells, or null before it was looked at
 */
public record ImageRef(String path, String alt, String caption, String credit, Location location, String source, Photo photo) {

    public static ImageRef written(String path, String alt, String caption, String credit, Location location) {
        return new ImageRef(path, alt, caption, credit, location, null, null);
    }

    public ImageRef found(String source, Photo photo) {
        return new ImageRef(path, alt, caption, credit, location, source, photo);
    }

    /** Width of the photo as published (upright, and no wider than its widest copy). */
    public int width() {
        return photo == null ? 0 : photo.largest().width();
    }

    public int height() {
        return photo == null ? 0 : photo.largest().height();
    }

    /** Whether the image lives under {@code assets/} (else beside its entry). */
    public boolean inAssets() {
        return source != null && source.startsWith("assets/");
    }

    /** The file name, for an image published beside its entry's page. */
    public String fileName() {
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
