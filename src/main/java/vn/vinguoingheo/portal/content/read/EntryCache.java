package vn.vinguoingheo.portal.content.read;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.vinguoingheo.portal.content.BodyImage;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.photo.PhotoProbe;

/**
 * Entries read by an earlier load, kept by a long-running process (the preview server) so that
 * the next load parses only the files that changed. A file is read again when its size or
 * modification time differs, when it is {@link #forget forgotten}, or when the settings it is
 * checked against (provinces, model types, indicators) changed.
 *
 * <p>Such a process reports every change its file watcher sees through {@link #forget}, so the
 * cache also keeps what was found in each content folder and looks again only at the files
 * reported since: listing 11,000 files took most of a load at 10,000 models.
 */
public final class EntryCache {

    private final Map<Path, Cached> byFile = new ConcurrentHashMap<>();
    /** Entries with their image's size read, by the entry's source path. */
    private final Map<String, Imaged> withImages = new ConcurrentHashMap<>();
    /** What was found in each folder, by folder; guarded by this. */
    private final Map<Path, Listing> listings = new HashMap<>();
    /** What a walk through a folder's tree found, by folder; guarded by this. */
    private final Map<Path, Object> walks = new HashMap<>();
    private final boolean keeps;
    private Taxonomies taxonomies;

    /** A cache for a process that reports, through {@link #forget}, every change its file watcher sees. */
    public EntryCache() {
        this(true);
    }

    private EntryCache(boolean keeps) {
        this.keeps = keeps;
    }

    private record Cached(long size, FileTime modified, ReadEntry read) {
    }

    /** What a look at a body's image found, by the image file: images change without their entries changing. */
    private final Map<Path, Probed> probes = new ConcurrentHashMap<>();

    /** Entries with their body's images found, by the entry's source path. */
    private final Map<String, BodyImaged> withBodyImages = new ConcurrentHashMap<>();

    private record BodyImaged(Entry entry, List<BodyImage> found, Entry withBodyImages) {
    }

    private record Probed(long size, FileTime modified, PhotoProbe.Probe probe) {
    }

    private record Imaged(Entry entry, Path image, long size, FileTime modified, Entry withImage) {
    }

    /** A folder's files in name order, each with what a look at it found; and the files reported since. */
    private record Listing(TreeMap<Path, Object> files, Set<Path> reported) {
    }

    /** A cache that keeps nothing: every load reads every file. */
    public static EntryCache none() {
        return new EntryCache(false);
    }

    /**
     * Drops the files a watcher reported, whatever their time stamps say. A reported folder (the
     * site itself when the watcher lost count) is listed again in full.
     */
    public synchronized void forget(Collection<Path> files) {
        for (Path reported : files) {
            Path file = reported.toAbsolutePath().normalize();
            byFile.remove(file);
            listings.keySet().removeIf(folder -> folder.startsWith(file));
            walks.keySet().removeIf(folder -> folder.startsWith(file) || file.startsWith(folder));
            Listing parent = listings.get(file.getParent());
            if (parent != null) {
                parent.reported().add(file);
            }
        }
    }

    /**
     * What {@code look} finds (null: nothing to keep) for each file of {@code folder}, in name order:
     * the files that {@code list} gives the first time, later only those reported since.
     */
    @SuppressWarnings("unchecked")
    synchronized <T> List<T> listing(Path folder, Supplier<List<Path>> list, Function<Path, T> look) {
        Listing listing = keeps ? listings.get(folder) : null;
        if (listing == null) {
            listing = new Listing(new TreeMap<>(), new HashSet<>(list.get()));
            if (keeps) {
                listings.put(folder, listing);
            }
        }
        for (Path file : listing.reported()) {
            T found = look.apply(file);
            if (found == null) {
                listing.files().remove(file);
            } else {
                listing.files().put(file, found);
            }
        }
        listing.reported().clear();
        return (List<T>) List.copyOf(listing.files().values());
    }

    /** What {@code walk} finds in {@code folder}'s tree, as found before when nothing in it was reported since. */
    @SuppressWarnings("unchecked")
    synchronized <T> T walked(Path folder, Supplier<T> walk) {
        if (!keeps) {
            return walk.get();
        }
        return (T) walks.computeIfAbsent(folder, f -> walk.get());
    }

    /** Starts a load: entries checked against other settings are of no use any more. */
    synchronized void begin(Taxonomies current) {
        if (!current.equals(taxonomies)) {
            byFile.clear();
            taxonomies = current;
        }
    }

    /**
     * Ends a load that looked up each of {@code files}: files no longer there are dropped. When
     * the cache holds as many files as were looked up, it holds exactly those.
     */
    void retainOnly(Collection<Path> files) {
        if (keeps && byFile.size() != files.size()) {
            byFile.keySet().retainAll(Set.copyOf(files));
        }
    }

    /**
     * {@code entry} with the images of its body as found, the same object as before when neither
     * the entry nor what was found changed: the preview reuses what it made for an unchanged entry.
     */
    Entry withBodyImages(Entry entry, List<BodyImage> found) {
        BodyImaged before = keeps ? withBodyImages.get(entry.sourcePath()) : null;
        if (before != null && before.entry() == entry && before.found().equals(found)) {
            return before.withBodyImages();
        }
        Entry made = entry.withBodyImages(found);
        if (keeps) {
            withBodyImages.put(entry.sourcePath(), new BodyImaged(entry, found, made));
        }
        return made;
    }

    /** What {@code probe} finds in an image file, as found before when the file's size and time did not change. */
    PhotoProbe.Probe probe(Path image, BasicFileAttributes attributes, Supplier<PhotoProbe.Probe> probe) {
        if (!keeps) {
            return probe.get();
        }
        Probed before = probes.get(image);
        if (before != null && before.size() == attributes.size() && before.modified().equals(attributes.lastModifiedTime())) {
            return before.probe();
        }
        PhotoProbe.Probe made = probe.get();
        probes.put(image, new Probed(attributes.size(), attributes.lastModifiedTime(), made));
        return made;
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
