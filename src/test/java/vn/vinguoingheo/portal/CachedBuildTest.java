package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * A build with a build cache writes exactly what a build without one writes: with an empty cache,
 * with a full one into a fresh output folder (CI with a restored cache), and with every entry damaged.
 */
class CachedBuildTest {

    @TempDir
    Path tmp;

    private Portal.BuildResult build(Path site, Path out, BuildCache cache) throws Portal.BuildFailure {
        return Portal.buildWith(site, out, new Portal.Options(null, Visibility.published(), cache));
    }

    private List<Path> entries(Path cacheDir) throws Exception {
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            return walk.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).sorted().toList();
        }
    }

    @Test
    void aBuildWithTheCacheWritesTheBytesOfABuildWithout() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertTrue(build(site, tmp.resolve("plain"), BuildCache.none()).built());
        Map<String, String> plain = BuildTest.snapshot(tmp.resolve("plain"));
        long shareImages = plain.keySet().stream().filter(f -> f.contains("anh-chia-se-")).count();
        assertTrue(shareImages >= 5, "the fixture has share images: " + shareImages);

        Path cacheDir = tmp.resolve("cache");
        BuildCache empty = BuildCache.open(cacheDir, 1L << 30);
        assertTrue(build(site, tmp.resolve("first"), empty).built());
        assertEquals(plain, BuildTest.snapshot(tmp.resolve("first")));
        int stored = entries(cacheDir).size();
        // (two fixture entries share a body: the second finds the first's HTML)
        assertTrue(empty.misses() >= stored, "misses: " + empty.misses());
        // share images, QR codes and Markdown bodies at least
        assertTrue(stored > shareImages + 5, "entries: " + stored);

        // CI: a fresh output folder, the cache restored.
        BuildCache restored = BuildCache.open(cacheDir, 1L << 30);
        assertTrue(build(site, tmp.resolve("second"), restored).built());
        assertEquals(plain, BuildTest.snapshot(tmp.resolve("second")));
        assertEquals(0, restored.misses(), "everything came from the cache");
        assertEquals(stored, entries(cacheDir).size());
        assertEquals(empty.hits() + empty.misses(), restored.hits());

        // Every entry cut short: each is found damaged, made again, and the output is the same.
        for (Path entry : entries(cacheDir)) {
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        BuildCache damaged = BuildCache.open(cacheDir, 1L << 30);
        assertTrue(build(site, tmp.resolve("third"), damaged).built());
        assertEquals(plain, BuildTest.snapshot(tmp.resolve("third")));
        assertEquals(stored, damaged.damaged());
        assertEquals(0, BuildCache.open(cacheDir, 1L << 30).damaged());
    }
}
