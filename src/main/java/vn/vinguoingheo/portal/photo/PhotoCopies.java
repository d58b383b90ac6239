package vn.vinguoingheo.portal.photo;

import java.nio.file.Path;

/**
 * A photo to publish: its copies go into {@code folder} of the output (relative, ending in "/":
 * {@code assets/images/}, or an entry's own folder for a photo kept beside the entry).
 *
 * @param original the file in the site
 */
public record PhotoCopies(Photo photo, Path original, String folder) {

    /** The output-relative path of one of its copies. */
    public String file(Photo.Copy copy) {
        return folder + copy.name();
    }
}
