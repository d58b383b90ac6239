package vn.vinguoingheo.portal.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One publication of a site: everything is written into a staging folder beside the output and
 * swapped in only when the whole build succeeded, so readers never see a half-written site and a
 * failed build leaves the previous one exactly as it was.
 */
public final class Publication implements AutoCloseable {

    /** Marks a folder as this generator's output; holds the list of published URLs. */
    public static final String MANIFEST = ".portal-urls.txt";

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path output;
    private final Path staging;
    private boolean committed;
    /** The previous output, moved aside by the commit and removed on close. */
    private Path old;

    private Publication(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Starts a publication into {@code output}, refusing a folder that holds something else. */
    public static Publication begin(Path output) throws IOException, PublishFailure {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target) && !isOurs(target)) {
            throw new PublishFailure("thư mục đầu ra " + output + " đã có tệp không do công cụ này tạo; "
                    + "chọn thư mục khác (--out) hoặc xoá nó trước");
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        return new Publication(target, staging);
    }

    public Path staging() {
        return staging;
    }

    /** The output as it is until this publication is committed: the previous build, if there is one. */
    public Path previous() {
        return output;
    }

    /** The URLs the build in {@code output} published, in the order listed; none when there is no such build. */
    public static List<String> publishedUrls(Path output) throws IOException {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8);
    }

    /** Copies static files into {@code assets/} of {@code folder} (the staging folder). */
    public static void copyAssets(Path folder, Map<String, Path> assets) throws IOException {
        Path root = folder.resolve("assets");
        for (Map.Entry<String, Path> asset : assets.entrySet()) {
            Path target = root.resolve(asset.getKey()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("asset path leaves the assets folder: " + asset.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.copy(asset.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies files of the site (images kept beside entries) to their places in {@code folder} (the staging folder). */
    public static void copyFiles(Path folder, Path site, Map<String, String> outputToSource) throws IOException {
        for (Map.Entry<String, String> file : outputToSource.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("output path leaves the output folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.copy(site.resolve(file.getValue()), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Swaps the staging folder in: the old output is moved aside, and removed on {@link #close}
     * (which may take seconds for a large site, and need not delay anyone waiting for the swap).
     */
    public void commit(List<String> urls) throws IOException {
        writeManifest(staging, urls);
        makeReadable(staging);
        if (Files.exists(output)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /**
     * Folders 755 and files 644, whatever the umask of the user who builds and whatever the
     * source files' own modes (copies and hard links keep those): the web server must read it all.
     */
    static void makeReadable(Path root) throws IOException {
        if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                setIfDifferent(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                setIfDifferent(file, FILE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void setIfDifferent(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** Writes the list of published URLs that marks {@code folder} as this generator's output. */
    public static void writeManifest(Path folder, List<String> urls) throws IOException {
        Files.writeString(folder.resolve(MANIFEST), String.join("\n", urls) + "\n", StandardCharsets.UTF_8);
    }

    /** Removes the staging folder unless it was committed, else the previous output. */
    @Override
    public void close() throws IOException {
        deleteTree(committed ? old : staging);
    }

    private static boolean isOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var listing = Files.list(dir)) {
            return listing.findAny().isEmpty() || Files.exists(dir.resolve(MANIFEST));
        }
    }

    /** Deletes a folder and everything in it; nothing when there is no such folder. */
    public static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
