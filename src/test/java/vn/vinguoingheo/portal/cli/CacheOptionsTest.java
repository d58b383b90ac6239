package vn.vinguoingheo.portal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;

class CacheOptionsTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private static long entries(Path cache) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }

    @Test
    void buildKeepsItsCacheInTheSiteByDefault() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, cli.run("build", "--site", site.toString()), cli.err::toString);
        Path cache = site.resolve(".portal-cache");
        assertTrue(entries(cache) > 10, "entries: " + entries(cache));
        assertEquals("*", Files.readAllLines(cache.resolve(".gitignore")).get(1));
        assertFalse(cli.err.toString().contains("bộ nhớ đệm"), cli.err::toString);
    }

    @Test
    void cacheDirPutsItElsewhereAndNoCacheKeepsNone() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path elsewhere = tmp.resolve("ci-cache");
        assertEquals(0, cli.run("build", "--site", site.toString(), "--cache-dir", elsewhere.toString()), cli.err::toString);
        assertTrue(entries(elsewhere) > 10);
        assertFalse(Files.exists(site.resolve(".portal-cache")));

        Path other = TestSites.copy("basic", tmp.resolve("other"));
        assertEquals(0, cli.run("build", "--site", other.toString(), "--no-cache"), cli.err::toString);
        assertFalse(Files.exists(other.resolve(".portal-cache")));
    }

    @Test
    void anUnusableCacheFolderIsAWarningNotAFailure() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path file = tmp.resolve("la-tep");
        Files.writeString(file, "không phải thư mục");
        assertEquals(0, cli.run("build", "--site", site.toString(), "--cache-dir", file.toString()), cli.err::toString);
        assertTrue(cli.err.toString().startsWith("Cảnh báo: không dùng được thư mục bộ nhớ đệm "), cli.err::toString);
        assertTrue(Files.exists(site.resolve("public/index.html")));
    }
}
