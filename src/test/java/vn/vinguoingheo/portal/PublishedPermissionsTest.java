package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published site is readable by the web server: folders 755, files 644, whatever the builder's umask. */
class PublishedPermissionsTest {

    @TempDir
    Path tmp;

    /** Every path of the output whose mode is not 755 (folders) or 644 (files), with its mode. */
    private static Map<String, String> wrongModes(Path out) throws IOException {
        Map<String, String> wrong = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String wanted = Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--";
                if (!mode.equals(wanted)) {
                    wrong.put("/" + out.relativize(p), mode);
                }
            }
        }
        return wrong;
    }

    private static long count(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.count();
        }
    }

    @Test
    void aBuildPublishesFolders755AndFiles644() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path site = TestSites.copy("basic", tmp);
        // A private source file (an image saved by a careful editor) is published readable all the same.
        Files.setPosixFilePermissions(site.resolve("content/stories/tin-mau.png"), PosixFilePermissions.fromString("rw-------"));
        Path out = tmp.resolve("public");
        assertTrue(Portal.build(site, out, null).built());
        assertEquals(Map.of(), wrongModes(out));
        assertTrue(count(out) > 100);
    }

    /** The build runs in a JVM of its own under umask 077, twice (the second takes share images from the first). */
    @Test
    void theUmaskOfWhoeverBuildsDoesNotMatter() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix") && Files.isExecutable(Path.of("/bin/sh")));
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("public");
        build(site, out);
        assertEquals(Map.of(), wrongModes(out));
        TestSites.write(site, "content/stories/tin-moi.md", "---\ntitle: Tin mới\ndate: 2023-05-01\nsummary: Một tin.\n---\nNội dung.\n");
        build(site, out);
        assertTrue(Files.isRegularFile(out.resolve("tin-tuc/tin-moi/index.html")), "second build published");
        assertEquals(Map.of(), wrongModes(out));
    }

    private void build(Path site, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "vn.vinguoingheo.portal.cli.PortalCli", "build", "--site", site.toString(), "--out", out.toString()));
        Process process = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "build finished");
        assertEquals(0, process.exitValue(), output);
    }
}
