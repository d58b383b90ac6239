package vn.vinguoingheo.portal.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Entries read by an earlier load, kept by a long-running process (the preview server) so that
 * the next load parses only the files that changed. A file is read again when its size or
 * modification time differs, when it is {@link #forget forgotten}, or when the settings it is
 * checked against (provinces, model types, indicators) changed.
 */
public final class EntryCache {

    private final Map<Path, Cached> byFile = new ConcurrentHashMap<>();
    /** Entries with their image's size read, by the entry's source path. */
    private final Map<String, Imaged> withImages = new ConcurrentHashMap<>();
    private final boolean keeps;
    private Taxonomies taxonomies;

    public EntryCache() {
        this(true);
    }

    private EntryCache(boolean keeps) {
        this.keeps = keeps;
    }

    private record Cached(long size, FileTime modified, ReadEntry read) {
    }

    private record Imaged(Entry entry, Path image, long size, FileTime modified, Entry withImage) {
    }

    /** A cache that keeps nothing: every load reads every file. */
    public static EntryCache none() {
        return new EntryCache(false);
    }

    /** Drops the files a watcher reported, whatever their time stamps say. */
    public void forget(Collection<Path> files) {
        files.forEach(file -> byFile.remove(file.toAbsolutePath().normalize()));
    }

    /** Starts a load: entries checked against other settings are of no use any more. */
    synchronized void begin(Taxonomies current) {
        if (!current.equals(taxonomies)) {
            byFile.clear();
            taxonomies = current;
        }
    }

    /** Ends a load: files no longer there are dropped. */
    void retainOnly(Set<Path> files) {
        byFile.keySet().retainAll(files);
    }

    /**
     * {@code entry} with its image's size, as made before (the same object) when neither the entry
     * nor the image file changed, else from {@code reader}; empty when the image cannot be read.
     */
    Optional<Entry> withImage(Entry entry, Path image, BasicFileAttributes attributes, Supplier<Optional<Entry>> reader) {
        Imaged before = keeps ? withImages.get(entry.sourcePath()) : null;
        if (before != null && before.entry() == entry && before.image().equals(image) && before.size() == attributes.size()
                && before.modified().equals(attributes.lastModifiedTime())) {
            return Optional.of(before.withImage());
        }
        Optional<Entry> made = reader.get();
        if (keeps) {
            made.ifPresentOrElse(
                    withImage -> withImages.put(entry.sourcePath(), new Imaged(entry, image, attributes.size(), attributes.lastModifiedTime(), withImage)),
                    () -> withImages.remove(entry.sourcePath()));
        }
        return made;
    }

    /** The entry in {@code file}, as read before if the file is unchanged, else from {@code reader}. */
    ReadEntry read(Path file, BasicFileAttributes attributes, Supplier<ReadEntry> reader) {
        if (!keeps) {
            return reader.get();
        }
        Cached cached = byFile.get(file);
        if (cached != null && cached.size() == attributes.size() && cached.modified().equals(attributes.lastModifiedTime())) {
            return cached.read();
        }
        ReadEntry read = reader.get();
        byFile.put(file, new Cached(attributes.size(), attributes.lastModifiedTime(), read));
        return read;
    }
}
