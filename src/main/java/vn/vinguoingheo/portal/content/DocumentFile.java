package vn.vinguoingheo.portal.content;

/**
 * A decision's attached file ({@code file:}), published as it is: as written, and once the loader
 * found it, where it is in the site ({@code assets/…} or beside the entry) and its size.
 *
 * @param source the file's path relative to the site, or null before it was found
 * @param bytes its size in bytes
 * @param location where {@code file:} is written, for problems with the file
 */
public record DocumentFile(String path, String source, long bytes, Location location) {

    public static DocumentFile written(String path, Location location) {
        return new DocumentFile(path, null, 0, location);
    }

    /** Whether the file lives under {@code assets/} (else beside its entry). */
    public boolean inAssets() {
        return source != null && source.startsWith("assets/");
    }

    public String fileName() {
        String of = source == null ? path : source;
        return of.substring(of.lastIndexOf('/') + 1);
    }

    /** The format as readers know it. */
    public String format() {
        return "PDF";
    }

    public String mediaType() {
        return "application/pdf";
    }
}
