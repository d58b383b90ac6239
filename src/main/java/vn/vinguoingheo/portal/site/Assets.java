package vn.vinguoingheo.portal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The site's static files: the built-in ones overridden file by file by the site's own
 * {@code assets/}. Links to them carry a content hash ({@code style.css?v=…}), so that browsers
 * may cache them for long and still see every change.
 */
public final class Assets {

    private static final String BUILT_IN = "/builtin/assets";

    private final Path siteAssets;
    private final Urls urls;
    private final Map<String, String> versions = new ConcurrentHashMap<>();
    private Map<String, Path> files;

    private Assets(Path siteAssets, Urls urls) {
        this.siteAssets = siteAssets;
        this.urls = urls;
    }

    /**
     * Built-in assets overlaid with the site's {@code assets/} folder. Nothing is read until asked
     * for: {@code check} and the preview's page updates link to a few assets and copy none.
     */
    public static Assets of(Path siteDir, Urls urls) {
        return new Assets(siteDir.resolve("assets"), urls);
    }

    /** Asset files by their path under {@code assets/}, in name order. */
    public synchronized Map<String, Path> files() {
        if (files == null) {
            Map<String, Path> all = new TreeMap<>();
            addTree(builtInRoot(), all);
            addTree(siteAssets, all);
            files = Collections.unmodifiableMap(all);
        }
        return files;
    }

    /** The versioned link to an asset; fails the build when there is no such file. */
    public String url(String name) {
        return urls.versioned(urls.asset(name), versions.computeIfAbsent(name, this::version));
    }

    /** The site's own file when it has one, else the built-in one: the same choice as {@link #files()}. */
    private String version(String name) {
        List<String> parts = List.of(name.split("/", -1));
        if (parts.contains("..") || parts.contains("") || parts.get(parts.size() - 1).startsWith(".")) {
            throw new IllegalArgumentException("không có tệp assets/" + name);
        }
        try {
            Path own = siteAssets.resolve(name);
            if (Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS) && own.toRealPath().equals(siteAssets.toRealPath().resolve(name))) {
                return fingerprint(Files.readAllBytes(own));
            }
            try (InputStream in = Assets.class.getResourceAsStream(BUILT_IN + "/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("không có tệp assets/" + name);
                }
                return fingerprint(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addTree(Path root, Map<String, Path> into) {
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            // Links were checked by the loader; never follow one here.
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> into.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in assets as a folder, whether the generator runs from classes or from its jar. */
    private static Path builtInRoot() {
        URL url = Assets.class.getResource(BUILT_IN);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath(BUILT_IN);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open built-in assets", e);
        }
    }

    /** A short hash of a file's content: the version in its links. */
    public static String fingerprint(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
