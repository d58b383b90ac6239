package vn.vinguoingheo.portal.content;

/**
 * An entry's image: as written, its alternative text, and once the loader found it, where it is
 * in the site ({@code assets/…} or beside the entry) and its size in pixels.
 *
 * @param source the image's path relative to the site, or null before it was found
 * @param location where the {@code image} field's value is written, for problems found with the file
 */
public record ImageRef(String path, String alt, String source, int width, int height, Location location) {

    static ImageRef written(String path, String alt, Location location) {
        return new ImageRef(path, alt, null, 0, 0, location);
    }

    /** This image as found in the site: its path there and its size. */
    ImageRef found(String source, int width, int height) {
        return new ImageRef(path, alt, source, width, height, location);
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
