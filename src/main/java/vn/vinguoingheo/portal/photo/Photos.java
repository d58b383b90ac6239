package vn.vinguoingheo.portal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the copies of a site's photos into the folder being published, photos in parallel.
 * Copies are named by the original's content hash, so a copy already in the previous output is
 * exactly the one needed: a photo whose copies are all there is linked from there, not decoded.
 */
public final class Photos {

    private Photos() {
    }

    /** How many photos were decoded, and how many were taken whole from the previous output. */
    public record Written(int decoded, int reused) {
    }

    /** A photo that could not be decoded, with which one. */
    public static final class Failed extends Exception {
        private final transient PhotoCopies photo;

        Failed(PhotoCopies photo, PhotoFailure cause) {
            super(cause.getMessage(), cause);
            this.photo = photo;
        }

        public PhotoCopies photo() {
            return photo;
        }
    }

    /**
     * @param destination the folder being published
     * @param previous the output of the previous build, which may not exist (or null)
     */
    public static Written write(Collection<PhotoCopies> photos, Path destination, Path previous) throws IOException, Failed {
        Map<String, PhotoCopies> distinct = new LinkedHashMap<>();
        photos.forEach(p -> distinct.putIfAbsent(p.folder() + p.photo().hash() + "/" + p.photo().source(), p));
        AtomicInteger decoded = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        try {
            distinct.values().parallelStream().forEach(photo -> {
                if (write(photo, destination, previous)) {
                    reused.incrementAndGet();
                } else {
                    decoded.incrementAndGet();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Unchecked e) {
            throw e.failed;
        }
        return new Written(decoded.get(), reused.get());
    }

    private static final class Unchecked extends RuntimeException {
        final transient Failed failed;

        Unchecked(Failed failed) {
            super(failed);
            this.failed = failed;
        }
    }

    /** Writes one photo's copies; true when they all came from the previous output. */
    private static boolean write(PhotoCopies photo, Path destination, Path previous) {
        try {
            if (previous != null && photo.photo().copies().stream().allMatch(c -> Files.isRegularFile(previous.resolve(photo.file(c))))) {
                for (Photo.Copy copy : photo.photo().copies()) {
                    Path old = previous.resolve(photo.file(copy));
                    Path target = destination.resolve(photo.file(copy));
                    if (!old.equals(target)) {
                        Files.createDirectories(target.getParent());
                        reuse(old, target);
                    }
                }
                return true;
            }
            byte[] original = Files.readAllBytes(photo.original());
            for (PhotoProcessor.Encoded encoded : PhotoProcessor.process(photo.photo(), original)) {
                Path target = destination.resolve(photo.file(encoded.copy()));
                Files.createDirectories(target.getParent());
                Files.write(target, encoded.bytes());
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PhotoFailure e) {
            throw new Unchecked(new Failed(photo, e));
        }
    }

    /** A hard link costs no copy; file systems without them get a copy. */
    private static void reuse(Path old, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, old);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(old, target);
        }
    }
}
