package vn.vinguoingheo.portal.content;

/**
 * An entry's image: as written, its alternative text, and once the loader found it, where it is
 * in the site ({@code assets/…} or beside the entry) and its size in pixels.
 *
 * @param source the image's path relative to the site, or null before it was found
 */
public record ImageRef(String path, String alt, String source, int width, int height) {

    static ImageRef written(String path, String alt) {
        return new ImageRef(path, alt, null, 0, 0);
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
