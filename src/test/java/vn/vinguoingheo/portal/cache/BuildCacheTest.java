package vn.vinguoingheo.portal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    @TempDir
    Path dir;

    private static CacheKey key(String text) {
        return CacheKey.builder("test").add(text).build();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> entryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
                    .sorted().toList();
        }
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void keepsWhatWasPutUnderItsKeyInTwoLevelsOfFolders() throws IOException {
        BuildCache cache = BuildCache.open(dir, 1 << 20);
        CacheKey key = key("một");
        cache.put(key, bytes("nội dung"));

        assertArrayEquals(bytes("nội dung"), cache.get(key).orElseThrow());
        assertEquals(Optional.empty(), cache.get(key("hai")));
        Path file = dir.resolve(key.hex().substring(0, 2)).resolve(key.hex().substring(2, 4)).resolve(key.hex());
        assertEquals(List.of(file), entryFiles());
        assertEquals(List.of(), tempFiles());
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
        // A new cache on the same folder (the next build) finds it.
        assertArrayEquals(bytes("nội dung"), BuildCache.open(dir, 1 << 20).get(key).orElseThrow());
        assertEquals("*\n", Files.readString(dir.resolve(".gitignore")).lines().skip(1).findFirst().orElseThrow() + "\n");
        assertTrue(Files.readString(dir.resolve("CACHEDIR.TAG")).startsWith("Signature: 8a477f597d28d172789f06886806bc55"));
    }

    @Test
    void computesOnlyWhatItDoesNotHave() throws IOException {
        BuildCache cache = BuildCache.open(dir, 1 << 20);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            byte[] value = cache.getOrCompute(key("a"), () -> {
                computed.incrementAndGet();
                return bytes("giá trị");
            });
            assertArrayEquals(bytes("giá trị"), value);
        }
        assertEquals(1, computed.get());
        assertArrayEquals(new byte[0], cache.getOrCompute(key("empty"), () -> new byte[0]));
        assertArrayEquals(new byte[0], cache.get(key("empty")).orElseThrow());
    }

    @Test
    void aTruncatedEntryIsAMissAndIsWrittenAgain() throws IOException {
        BuildCache cache = BuildCache.open(dir, 1 << 20);
        byte[] value = new byte[5000];
        Arrays.fill(value, (byte) 7);
        cache.put(key("a"), value);
        Path file = entryFiles().get(0);
        byte[] stored = Files.readAllBytes(file);
        for (int length : new int[] {0, 3, 15, 16, stored.length - 1}) {
            Files.write(file, Arrays.copyOf(stored, length));
            BuildCache next = BuildCache.open(dir, 1 << 20);
            assertEquals(Optional.empty(), next.get(key("a")), "truncated to " + length);
            assertEquals(1, next.damaged());
            assertFalse(Files.exists(file), "a damaged entry is removed");
            AtomicInteger computed = new AtomicInteger();
            assertArrayEquals(value, next.getOrCompute(key("a"), () -> {
                computed.incrementAndGet();
                return value;
            }));
            assertEquals(1, computed.get());
            assertArrayEquals(stored, Files.readAllBytes(file), "rewritten whole");
        }
    }

    @Test
    void aDamagedOrLengthenedEntryIsAMiss() throws IOException {
        BuildCache cache = BuildCache.open(dir, 1 << 20);
        cache.put(key("a"), bytes("dữ liệu quan trọng"));
        Path file = entryFiles().get(0);
        byte[] stored = Files.readAllBytes(file);
        for (int at = 0; at < stored.length; at++) {
            byte[] damaged = stored.clone();
            damaged[at] ^= 0x20;
            Files.write(file, damaged);
            assertEquals(Optional.empty(), BuildCache.open(dir, 1 << 20).get(key("a")), "byte " + at + " flipped");
        }
        byte[] longer = Arrays.copyOf(stored, stored.length + 1);
        Files.write(file, longer);
        assertEquals(Optional.empty(), BuildCache.open(dir, 1 << 20).get(key("a")));
        Files.write(file, bytes("not an entry at all, just some text"));
        assertEquals(Optional.empty(), BuildCache.open(dir, 1 << 20).get(key("a")));
    }

    @Test
    void aWriterThatDiesLeavesOnlyATemporaryFileWhichIsNeverReadAndIsCleanedUp() throws IOException {
        BuildCache cache = BuildCache.open(dir, 1 << 20);
        CacheKey key = key("a");
        // What a build killed between writing and renaming leaves: a temporary file beside the entry.
        Path folder = dir.resolve(key.hex().substring(0, 2)).resolve(key.hex().substring(2, 4));
        Files.createDirectories(folder);
        Path temp = folder.resolve(key.hex().substring(0, 8) + "-123.tmp");
        Files.write(temp, bytes("half"));
        assertEquals(Optional.empty(), cache.get(key));
        cache.prune();
        assertTrue(Files.exists(temp), "a recent temporary file may be another build's, still writing");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        cache.prune();
        assertFalse(Files.exists(temp));
        // Replacing an entry goes through a new temporary file and a rename: the old one stays whole until then.
        cache.put(key, bytes("first"));
        cache.put(key, bytes("second"));
        assertArrayEquals(bytes("second"), cache.get(key).orElseThrow());
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void concurrentWritersAndReadersNeverSeeAPartialEntry() throws Exception {
        int threads = 8;
        int keys = 40;
        // Two caches on one folder: two builds at once, each with its threads.
        BuildCache first = BuildCache.open(dir, 1L << 30);
        BuildCache second = BuildCache.open(dir, 1L << 30);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            BuildCache cache = t % 2 == 0 ? first : second;
            int seed = t;
            results.add(pool.submit(() -> {
                start.await();
                int checked = 0;
                for (int round = 0; round < 5; round++) {
                    for (int k = 0; k < keys; k++) {
                        int index = (k * 7 + seed) % keys;
                        byte[] expected = value(index);
                        if ((round + seed) % 2 == 0) {
                            cache.put(key("k" + index), expected);
                        }
                        Optional<byte[]> got = cache.get(key("k" + index));
                        got.ifPresent(bytes -> assertArrayEquals(expected, bytes));
                        assertArrayEquals(expected, cache.getOrCompute(key("k" + index), () -> expected));
                        checked++;
                    }
                }
                return checked;
            }));
        }
        start.countDown();
        int checked = 0;
        for (Future<Integer> result : results) {
            checked += result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads * keys * 5, checked);
        assertEquals(0, first.damaged() + second.damaged());
        assertEquals(0, first.writeFailures() + second.writeFailures());
        assertEquals(keys, entryFiles().size());
        assertEquals(List.of(), tempFiles());
        for (int k = 0; k < keys; k++) {
            assertArrayEquals(value(k), BuildCache.open(dir, 1 << 20).get(key("k" + k)).orElseThrow());
        }
    }

    private static byte[] value(int index) {
        byte[] value = new byte[20_000 + index * 997];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) (i * 31 + index);
        }
        return value;
    }

    @Test
    void pruningRemovesTheEntriesUsedLongestAgoUntilTheRestFits() throws IOException {
        BuildCache earlier = BuildCache.open(dir, 1L << 30);
        Instant now = Instant.now();
        for (int i = 0; i < 10; i++) {
            earlier.put(key("old" + i), new byte[1000]);
        }
        List<Path> files = entryFiles();
        for (int i = 0; i < 10; i++) {
            Path file = dir.resolve(key("old" + i).hex().substring(0, 2)).resolve(key("old" + i).hex().substring(2, 4))
                    .resolve(key("old" + i).hex());
            Files.setLastModifiedTime(file, FileTime.from(now.minus(10 + i, ChronoUnit.DAYS)));
        }
        assertEquals(10, files.size());
        // The next build uses old0 (and old9, the oldest, by file time) and writes one more.
        BuildCache cache = BuildCache.open(dir, 5 * 1016);
        assertTrue(cache.get(key("old0")).isPresent());
        assertTrue(cache.get(key("old9")).isPresent());
        cache.put(key("new"), new byte[1000]);
        cache.prune();

        List<String> left = entryFiles().stream().map(p -> p.getFileName().toString()).sorted().toList();
        List<String> expected = Stream.of("new", "old0", "old9", "old1", "old2").map(k -> key(k).hex()).sorted().toList();
        assertEquals(expected, left);
        // old9 was used: its file time is now fresh, so a later build's pruning keeps it over old1 and old2.
        BuildCache later = BuildCache.open(dir, 3 * 1016);
        later.prune();
        List<String> kept = entryFiles().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(Stream.of("new", "old0", "old9").map(k -> key(k).hex()).sorted().toList(), kept);
    }

    @Test
    void aBuildLooksAtEveryEntryOnlyWhenTheCacheMayBeOverItsLimit() throws IOException {
        long entry = 1000 + 16;
        BuildCache first = BuildCache.open(dir, 10 * entry);
        for (int i = 0; i < 3; i++) {
            first.put(key("a" + i), new byte[1000]);
        }
        first.prune();
        assertEquals("3048", Files.readString(dir.resolve("size")));
        // Entries the note does not know of (another machine's, restored), over the limit.
        BuildCache other = BuildCache.open(dir, 1L << 30);
        for (int i = 0; i < 12; i++) {
            other.put(key("b" + i), new byte[1000]);
        }
        BuildCache second = BuildCache.open(dir, 10 * entry);
        second.put(key("c0"), new byte[1000]);
        second.pruneIfNeeded();
        assertEquals(16, entryFiles().size(), "3048 + 1016 written is well under the limit: nothing looked at");
        for (int i = 1; i < 5; i++) {
            second.put(key("c" + i), new byte[1000]);
        }
        second.pruneIfNeeded();
        assertEquals(10, entryFiles().size(), "3048 + 5080 reaches 80% of the limit: pruned");
        assertEquals(Long.toString(10 * entry), Files.readString(dir.resolve("size")));
    }

    @Test
    void noCacheKeepsNothing() throws IOException {
        BuildCache none = BuildCache.none();
        none.put(key("a"), bytes("x"));
        assertEquals(Optional.empty(), none.get(key("a")));
        AtomicInteger computed = new AtomicInteger();
        none.getOrCompute(key("a"), () -> bytes(String.valueOf(computed.incrementAndGet())));
        none.getOrCompute(key("a"), () -> bytes(String.valueOf(computed.incrementAndGet())));
        assertEquals(2, computed.get());
        none.prune();
        assertFalse(none.enabled());
    }

    @Test
    void keysSeparateTheirPartsKindsAndNulls() {
        assertNotEquals(CacheKey.of("k", bytes("ab"), bytes("c")), CacheKey.of("k", bytes("a"), bytes("bc")));
        assertNotEquals(CacheKey.of("k", bytes("a")), CacheKey.of("l", bytes("a")));
        assertNotEquals(CacheKey.builder("k").add((String) null).build(), CacheKey.builder("k").add("null").build());
        assertNotEquals(CacheKey.builder("k").add((String) null).build(), CacheKey.builder("k").add("").build());
        assertNotEquals(CacheKey.builder("k").add("").build(), CacheKey.builder("k").build());
        assertEquals(CacheKey.of("k", bytes("a"), bytes("b")), CacheKey.builder("k").add("a").add("b").build());
        assertTrue(CacheKey.of("k").hex().matches("[0-9a-f]{64}"));
        assertTrue(CacheKey.GENERATOR.startsWith("portal "));
    }
}
