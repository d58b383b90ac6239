package vn.vinguoingheo.portal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.cache.CacheKey;

/**
 * Writes the copies of a site's photos into the folder being published, photos in parallel.
 * Copies are named by the original's content hash, so a copy already in the previous output is
 * exactly the one needed: a photo whose copies are all there is linked from there, not decoded.
 */
public final class Photos {

    private Photos() {
    }

    /** How many photos were decoded, and how many were taken whole from the previous output or the cache. */
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
        return write(photos, destination, previous, BuildCache.none());
    }

    /**
     * Writes as {@link #write(Collection, Path, Path)} does; a photo whose copies are not in the
     * previous output is taken from {@code cache} when all its copies are there, else decoded and
     * its copies kept there (keyed by the original's bytes, so a renamed output still finds them).
     */
    public static Written write(Collection<PhotoCopies> photos, Path destination, Path previous, BuildCache cache)
            throws IOException, Failed {
        Map<String, PhotoCopies> distinct = new LinkedHashMap<>();
        photos.forEach(p -> distinct.putIfAbsent(p.folder() + p.photo().hash() + "/" + p.photo().source(), p));
        AtomicInteger decoded = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        try {
            distinct.values().parallelStream().forEach(photo -> {
                if (write(photo, destination, previous, cache)) {
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
    private static boolean write(PhotoCopies photo, Path destination, Path previous, BuildCache cache) {
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
            List<CacheKey> keys = new ArrayList<>();
            if (cache.enabled()) {
                String originalHash = CacheKey.of("photo-original", original).hex();
                photo.photo().copies().forEach(c -> keys.add(CacheKey.builder("photo-copy").add(PhotoProcessor.VERSION)
                        .add(originalHash).add(c.name()).build()));
                List<byte[]> cached = new ArrayList<>();
                for (CacheKey key : keys) {
                    cache.get(key).ifPresent(cached::add);
                }
                if (cached.size() == keys.size()) {
                    for (int i = 0; i < keys.size(); i++) {
                        writeCopy(destination.resolve(photo.file(photo.photo().copies().get(i))), cached.get(i));
                    }
                    return true;
                }
            }
            List<PhotoProcessor.Encoded> encoded = PhotoProcessor.process(photo.photo(), original);
            for (int i = 0; i < encoded.size(); i++) {
                writeCopy(destination.resolve(photo.file(encoded.get(i).copy())), encoded.get(i).bytes());
                if (cache.enabled()) {
                    cache.put(keys.get(i), encoded.get(i).bytes());
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PhotoFailure e) {
            throw new Unchecked(new Failed(photo, e));
        }
    }

    private static void writeCopy(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
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
