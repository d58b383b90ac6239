package vn.vinguoingheo.portal.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * A persistent, content-addressed store of derived artefacts (share cards, QR codes, Markdown
 * rendered to HTML, processed photos) that outlives the output folder, so that a build from a
 * fresh checkout with the cache restored (CI) draws nothing twice.
 *
 * <p>Entries are files named by their {@link CacheKey} under a two-level fan-out
 * ({@code ab/cd/abcd…}), each a 16-byte header (magic, payload length, CRC-32C of the payload) and
 * the payload. They are written to a temporary file in the same folder and renamed into place
 * atomically, so a reader sees a whole entry or none, and concurrent writers (threads or whole
 * builds sharing the folder) at worst replace an entry by an identical one. An entry whose length or
 * checksum does not match (a truncated copy, a damaged disk) is a miss: it is deleted and the caller
 * computes and writes it again. The cache never fails a build: an entry that cannot be written is
 * simply not kept. A key covers every input of the bytes, so a build with the cache writes exactly
 * what a build without one writes.
 */
public final class BuildCache {

    /** The folder a site's cache lives in unless told otherwise: inside the site, next to content/. */
    public static final String DEFAULT_DIR = ".portal-cache";
    /** The default size limit, beyond which {@link #prune()} removes the entries used longest ago. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;

    private static final int MAGIC = 0x50434331; // "PCC1"
    private static final int HEADER = 16;
    /** Temporary files older than this are left over from a build that died, and are removed by {@link #prune()}. */
    private static final Duration STALE_TEMP = Duration.ofMinutes(30);
    /** Entries used by a build get a fresh time (for pruning) at most this often. */
    private static final Duration TOUCH_EVERY = Duration.ofHours(12);
    /** The cache's size as the last pruning found it, in the cache's folder. */
    private static final String SIZE_NOTE = "size";
    private static final BuildCache NONE = new BuildCache(null, 0);

    private final Path dir;
    private final long maxBytes;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Fan-out folders known to exist: a cold build writes tens of thousands of entries, each would look again. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong damaged = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private final AtomicLong written = new AtomicLong();

    private BuildCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /**
     * The cache in {@code dir} (created when missing), kept under {@code maxBytes} by {@link #prune()}.
     * The folder gets a {@code .gitignore} of its own and a {@code CACHEDIR.TAG}, so that git and
     * backup tools leave it alone wherever it is.
     *
     * @throws IOException when the folder cannot be created or is not a folder
     */
    public static BuildCache open(Path dir, long maxBytes) throws IOException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        Path absolute = dir.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        writeIfMissing(absolute.resolve(".gitignore"), "# Bộ nhớ đệm của portal (tạo lại được): không đưa vào git.\n*\n");
        writeIfMissing(absolute.resolve("CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n"
                + "# This file is a cache directory tag created by the portal generator (its build cache).\n");
        return new BuildCache(absolute, maxBytes);
    }

    /** No cache: nothing is kept, {@link #getOrCompute} always computes. */
    public static BuildCache none() {
        return NONE;
    }

    /** Whether entries are kept at all ({@link #none()} keeps none). */
    public boolean enabled() {
        return dir != null;
    }

    /** The cache's folder, if it has one. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /** The bytes stored under {@code key}, if a whole, undamaged entry is there. */
    public Optional<byte[]> get(CacheKey key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = file(key);
        byte[] stored;
        try {
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        byte[] payload = payload(stored);
        if (payload == null) {
            damaged.incrementAndGet();
            misses.incrementAndGet();
            deleteQuietly(file);
            return Optional.empty();
        }
        used.add(key.hex());
        hits.incrementAndGet();
        return Optional.of(payload);
    }

    /** Stores {@code bytes} under {@code key}, replacing whatever was there; failures leave the cache without it. */
    public void put(CacheKey key, byte[] bytes) {
        if (dir == null) {
            return;
        }
        Path file = file(key);
        Path temp = null;
        try {
            if (!folders.contains(file.getParent())) {
                Files.createDirectories(file.getParent());
                folders.add(file.getParent());
            }
            temp = Files.createTempFile(file.getParent(), key.hex().substring(0, 8) + "-", ".tmp");
            Files.write(temp, entry(bytes));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            used.add(key.hex());
            written.addAndGet(HEADER + bytes.length);
        } catch (IOException | RuntimeException e) {
            writeFailures.incrementAndGet();
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * The bytes under {@code key}, or those {@code compute} makes, which are then stored. Safe to
     * call from many threads; two threads missing the same key both compute it (the results are equal).
     */
    public byte[] getOrCompute(CacheKey key, Supplier<byte[]> compute) {
        Optional<byte[]> cached = get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[] computed = compute.get();
        put(key, computed);
        return computed;
    }

    /**
     * Keeps the cache under its size limit: removes leftover temporary files, then the entries used
     * longest ago (by file time; entries this cache served or wrote count as just used) until the
     * rest fits. Entries used by this build get a fresh file time, so the next build's pruning
     * keeps them too. Never throws.
     */
    public void prune() {
        if (dir == null) {
            return;
        }
        long total = walkAndPrune();
        writeSizeNote(total);
    }

    /**
     * Prunes as {@link #prune()} does, unless the size the last pruning found plus what this cache
     * wrote since is well under the limit: then looking at every entry (tens of thousands of files
     * at 10,000 models) would find nothing to remove. At least once a day it looks anyway.
     */
    public void pruneIfNeeded() {
        if (dir == null) {
            return;
        }
        Path note = dir.resolve(SIZE_NOTE);
        try {
            if (Files.getLastModifiedTime(note).toInstant().isAfter(Instant.now().minus(Duration.ofDays(1)))) {
                long known = Long.parseLong(Files.readString(note, StandardCharsets.UTF_8).strip());
                if (known + written.get() < maxBytes / 10 * 8) {
                    return;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no note, or an unreadable one: look at the entries
        }
        prune();
    }

    private void writeSizeNote(long total) {
        if (total < 0) {
            return;
        }
        try {
            Path temp = Files.createTempFile(dir, SIZE_NOTE, ".tmp");
            Files.writeString(temp, Long.toString(total), StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(SIZE_NOTE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // without the note the next build looks at every entry
        }
    }

    /** The cache's size after pruning, or -1 when its folder could not be read. */
    private long walkAndPrune() {
        Instant now = Instant.now();
        List<Stored> entries = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(dir, BuildCache::isFanOut)) {
            for (Path first : top) {
                try (DirectoryStream<Path> middle = Files.newDirectoryStream(first, BuildCache::isFanOut)) {
                    for (Path second : middle) {
                        try (DirectoryStream<Path> files = Files.newDirectoryStream(second)) {
                            for (Path file : files) {
                                collect(file, now, entries);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        long total = entries.stream().mapToLong(Stored::size).sum();
        entries.sort(Comparator.comparing(Stored::used).thenComparing(Stored::time).thenComparing(Stored::name));
        for (Stored entry : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (deleteQuietly(entry.file())) {
                total -= entry.size();
            }
        }
        return total;
    }

    /** How many gets found an entry. */
    public long hits() {
        return hits.get();
    }

    /** How many gets found none (damaged entries included). */
    public long misses() {
        return misses.get();
    }

    /** How many entries were found damaged or truncated (and removed). */
    public long damaged() {
        return damaged.get();
    }

    /** How many entries could not be written. */
    public long writeFailures() {
        return writeFailures.get();
    }

    @Override
    public String toString() {
        return dir == null ? "no cache" : "cache " + dir;
    }

    private record Stored(Path file, String name, long size, FileTime time, boolean used) {
    }

    private void collect(Path file, Instant now, List<Stored> entries) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return;
            }
            String name = file.getFileName().toString();
            if (name.endsWith(".tmp")) {
                if (attributes.lastModifiedTime().toInstant().isBefore(now.minus(STALE_TEMP))) {
                    deleteQuietly(file);
                }
                return;
            }
            boolean usedNow = used.contains(name);
            FileTime time = attributes.lastModifiedTime();
            if (usedNow && time.toInstant().isBefore(now.minus(TOUCH_EVERY))) {
                time = FileTime.from(now);
                Files.setLastModifiedTime(file, time);
            }
            entries.add(new Stored(file, name, attributes.size(), time, usedNow));
        } catch (IOException e) {
            // gone meanwhile (another build pruning): nothing to count
        }
    }

    private static boolean isFanOut(Path path) {
        String name = path.getFileName().toString();
        return name.length() == 2 && Files.isDirectory(path);
    }

    private Path file(CacheKey key) {
        String hex = key.hex();
        return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private static byte[] entry(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER + payload.length)
                .putInt(MAGIC).putLong(payload.length).putInt((int) crc.getValue()).put(payload).array();
    }

    /** The payload of a stored entry, or null when it is not whole and intact. */
    private static byte[] payload(byte[] stored) {
        if (stored.length < HEADER) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        if (buffer.getInt() != MAGIC || buffer.getLong() != stored.length - HEADER) {
            return null;
        }
        int expected = buffer.getInt();
        CRC32C crc = new CRC32C();
        crc.update(stored, HEADER, stored.length - HEADER);
        if ((int) crc.getValue() != expected) {
            return null;
        }
        byte[] payload = new byte[stored.length - HEADER];
        System.arraycopy(stored, HEADER, payload, 0, payload.length);
        return payload;
    }

    private static void writeIfMissing(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
