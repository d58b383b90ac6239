package vn.vinguoingheo.portal.content;

import vn.vinguoingheo.portal.photo.Photo;

/**
 * An image written in an entry's body ({@code ![alt](x.jpg)} or {@code <img src>}): its address as
 * written, where it is written (for errors), and once the loader found and looked at it, where it
 * is in the site and what its header says. Published, like {@code image:}, only as resized copies.
 *
 * @param source the image's path relative to the site, or null before it was found
 * @param photo the photo as its header tells, or null before it was looked at
 */
public record BodyImage(String path, Location location, String source, Photo photo) {

    public static BodyImage written(String path, Location location) {
        return new BodyImage(path, location, null, null);
    }

    public BodyImage found(String source, Photo photo) {
        return new BodyImage(path, location, source, photo);
    }

    /** Whether the image lives under {@code assets/} (else beside its entry). */
    public boolean inAssets() {
        return source != null && source.startsWith("assets/");
    }
}
