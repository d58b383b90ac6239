package vn.vinguoingheo.portal.share;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
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
        return write(images, destination, previous, destination, BuildCache.none());
    }

    /**
     * Writes as {@link #write(Collection, Path, Path)} does; an image not in the previous output is
     * taken from {@code cache} when there, else drawn and kept there.
     */
    public static Written write(Collection<ShareImage> images, Path destination, Path previous, BuildCache cache)
            throws IOException {
        return write(images, destination, previous, destination, cache);
    }

    /**
     * @param photos the folder holding the photo copies that cards over a photo are drawn from
     *     ({@link ShareCard#photo()} is relative to it): the folder being published, once its photos are written
     */
    public static Written write(Collection<ShareImage> images, Path destination, Path previous, Path photos, BuildCache cache)
            throws IOException {
        AtomicInteger drawn = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        try {
            images.parallelStream().forEach(image -> {
                if (write(image, destination, previous, photos, cache)) {
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
    private static boolean write(ShareImage image, Path destination, Path previous, Path photos, BuildCache cache) {
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
            byte[] card = cache.getOrCompute(image.card().cacheKey(), () -> image.card().photo() == null
                    ? ShareCardPainter.png(image.card())
                    : ShareCardPainter.jpeg(image.card(), readPhoto(photos.resolve(image.card().photo()))));
            Phases.add(Phases.SHARE_CARDS, started);
            Files.write(target, card);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage readPhoto(Path file) {
        try {
            BufferedImage photo = ImageIO.read(file.toFile());
            if (photo == null) {
                throw new IOException("không đọc được ảnh " + file);
            }
            return photo;
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
