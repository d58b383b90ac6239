package vn.vinguoingheo.portal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a cached artefact: a SHA-256 of its kind ("share-card", "qr", "markdown"…), the
 * generator's version and every input that affects its bytes, each part length-prefixed so that
 * ("ab", "c") and ("a", "bc") never share a key. Whoever makes a key names every input: the texts
 * drawn, the design, the fonts, the library version; anything left out would serve a stale file.
 *
 * @param hex 64 lower-case hex digits
 */
public record CacheKey(String hex) {

    /**
     * The generator: its version (from the jar's manifest; "dev" when run from classes), a digest of
     * its jar (so that two snapshots of one version never share entries; the jar is reproducible,
     * so CI builds of the same code do), and the cache's own format.
     */
    public static final String GENERATOR = "portal " + version() + " " + jarDigest() + " cache 1";

    public CacheKey {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + hex);
        }
    }

    /** The key of {@code kind} made of {@code parts}, in order. */
    public static CacheKey of(String kind, byte[]... parts) {
        Builder builder = builder(kind);
        for (byte[] part : parts) {
            builder.add(part);
        }
        return builder.build();
    }

    /** A key built part by part: {@code CacheKey.builder("qr").add(text).add(LEVEL).build()}. */
    public static Builder builder(String kind) {
        return new Builder(kind);
    }

    @Override
    public String toString() {
        return hex;
    }

    /** Adds parts to a key; not thread-safe (one builder per key). */
    public static final class Builder {

        private final MessageDigest sha;

        private Builder(String kind) {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            add(GENERATOR);
            add(kind);
        }

        public Builder add(byte[] part) {
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
            sha.update(part);
            return this;
        }

        /** A text as UTF-8; null is a part of its own, distinct from "null" and from "". */
        public Builder add(String part) {
            if (part == null) {
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(-1).array());
                return this;
            }
            return add(part.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(long part) {
            return add(ByteBuffer.allocate(Long.BYTES).putLong(part).array());
        }

        public CacheKey build() {
            return new CacheKey(HexFormat.of().formatHex(sha.digest()));
        }
    }

    private static String jarDigest() {
        try {
            CodeSource code = CacheKey.class.getProtectionDomain().getCodeSource();
            Path location = code == null ? null : Path.of(code.getLocation().toURI());
            if (location == null || !Files.isRegularFile(location)) {
                return "classes";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(location)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // Unknown code: entries of this run are its own.
            return "unknown-" + System.nanoTime();
        }
    }

    private static String version() {
        String version = CacheKey.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
