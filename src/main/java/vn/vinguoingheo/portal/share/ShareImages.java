package vn.vinguoingheo.portal.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.timing.Phases;

/**
 * Writes a site's share images into the folder being published, in parallel. Each file is named
 * by its card's version, so an image already in the previous output is exactly the one needed: it
 * is linked (or copied) from there instead of being drawn again.
 */
public final class ShareImages {

    private ShareImages() {
    }

    /** How many images were drawn, and how many were taken from the previous output. */
    public record Written(int drawn, int reused) {
        public int total() {
            return drawn + reused;
        }
    }

    /**
     * @param destination the folder being published
     * @param previous the output of the previous build, which may not exist
     */
    public static Written write(Collection<ShareImage> images, Path destination, Path previous) throws IOException {
        return write(images, destination, previous, BuildCache.none());
    }

    /**
     * Writes as {@link #write(Collection, Path, Path)} does; an image not in the previous output is
     * taken from {@code cache} when there, else drawn and kept there.
     */
    public static Written write(Collection<ShareImage> images, Path destination, Path previous, BuildCache cache)
            throws IOException {
        AtomicInteger drawn = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        try {
            images.parallelStream().forEach(image -> {
                if (write(image, destination, previous, cache)) {
                    reused.incrementAndGet();
                } else {
                    drawn.incrementAndGet();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(drawn.get(), reused.get());
    }

    /** Writes one image; true when it came from the previous output. */
    private static boolean write(ShareImage image, Path destination, Path previous, BuildCache cache) {
        Path target = destination.resolve(image.file());
        try {
            Path old = previous == null ? null : previous.resolve(image.file());
            if (old != null && Files.isRegularFile(old)) {
                // Into the previous output itself (the preview updating in place), it is already there.
                if (!old.equals(target)) {
                    Files.createDirectories(target.getParent());
                    reuse(old, target);
                }
                return true;
            }
            Files.createDirectories(target.getParent());
            long started = Phases.start();
            byte[] png = cache.getOrCompute(image.card().cacheKey(), () -> ShareCardPainter.png(image.card()));
            Phases.add(Phases.SHARE_CARDS, started);
            Files.write(target, png);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hard link costs no copy; file systems without them get a copy. */
    private static void reuse(Path old, Path target) throws IOException {
        try {
            Files.createLink(target, old);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(old, target);
        }
    }
}
