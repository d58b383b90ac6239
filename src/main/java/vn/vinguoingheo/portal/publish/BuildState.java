package vn.vinguoingheo.portal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Whether anything a build depends on changed since the last successful build into the same
 * output: a fingerprint of the site's inputs (path, size and modification time of every file
 * under content/, templates/ and assets/), the generator itself and the build's options, kept in
 * a small state file beside the output folder. It is computed before any engine class loads.
 */
public final class BuildState {

    private static final List<String> INPUTS = List.of("content", "templates", "assets");

    private BuildState() {
    }

    /** @param options everything else the output depends on (base URL, drafts, today's date…) */
    public static String fingerprint(Path site, String options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "options " + options + "\n");
            update(digest, "generator " + generatorStamp() + "\n");
            List<String> files = new ArrayList<>();
            for (String folder : INPUTS) {
                Path dir = site.resolve(folder);
                if (Files.isDirectory(dir)) {
                    // One look at each file (walkFileTree hands over its attributes); sorted, as folders list in any order.
                    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            files.add(site.relativize(file) + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis() + "\n");
                            return FileVisitResult.CONTINUE;
                        }
                    });
                }
            }
            Collections.sort(files);
            files.forEach(line -> update(digest, line));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the output is this generator's and was built from exactly these inputs. */
    public static boolean unchanged(Path output, String fingerprint) {
        Path state = stateFile(output);
        try {
            return Files.exists(output.resolve(Publication.MANIFEST)) && Files.exists(state)
                    && Files.readString(state, StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    public static void record(Path output, String fingerprint) throws IOException {
        Files.writeString(stateFile(output), fingerprint + "\n", StandardCharsets.UTF_8);
    }

    /** The output is being changed outside a build (the preview updating pages): the next build must not skip. */
    public static void forget(Path output) throws IOException {
        Files.deleteIfExists(stateFile(output));
    }

    /** Beside the output, not in it: the state is not part of the published site. */
    static Path stateFile(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.getParent().resolve("." + absolute.getFileName() + ".portal-state");
    }

    /** A new build of the generator (new templates, new code) must rebuild everything. */
    private static String generatorStamp() throws IOException {
        try {
            Path location = Path.of(BuildState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attrs = Files.readAttributes(location, BasicFileAttributes.class);
            return location + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown " + System.nanoTime(); // cannot tell: never treat a build as unchanged
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
