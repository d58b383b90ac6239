package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.photo.TestPhotos;

/** Loads through a cache that, like the preview's, hears of every change from a file watcher. */
class EntryCacheTest {

    private static final String STORY = "---\ntitle: Tin %s\ndate: 2024-05-01\nsummary: Một tin.\n---\nNội dung.\n";

    @TempDir
    Path tmp;

    private final EntryCache cache = new EntryCache();

    private List<String> stories(Path site) {
        LoadResult loaded = ContentLoader.load(site, cache);
        return loaded.content().entries().stream().filter(e -> e.kind() == Kind.STORY).map(Entry::slug).sorted().toList();
    }

    @Test
    void looksAgainOnlyAtReportedFiles() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        List<String> before = stories(site);
        Path added = site.resolve("content/stories/tin-moi.md");
        Files.writeString(added, STORY.formatted("mới"));
        assertEquals(before, stories(site), "a file nobody reported is not looked for: the folder is not listed again");

        cache.forget(List.of(added));
        assertTrue(stories(site).contains("tin-moi"));

        Files.delete(added);
        cache.forget(List.of(added));
        assertEquals(before, stories(site));
    }

    @Test
    void aReportedFolderOrTheWholeSiteIsListedAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        stories(site);
        Files.writeString(site.resolve("content/stories/mot.md"), STORY.formatted("một"));
        cache.forget(List.of(site.resolve("content/stories")));
        assertTrue(stories(site).contains("mot"));

        Files.writeString(site.resolve("content/stories/hai.md"), STORY.formatted("hai"));
        cache.forget(List.of(site)); // what the watcher reports when it lost count
        assertTrue(stories(site).contains("hai"));
    }

    @Test
    void anUnchangedEntryIsTheSameObject() {
        Path site = TestSites.copy("basic", tmp);
        Entry first = ContentLoader.load(site, cache).content().entries().get(0);
        Entry again = ContentLoader.load(site, cache).content().entries().get(0);
        assertSame(first, again);
        cache.forget(List.of(site.resolve(first.sourcePath())));
        Entry reread = ContentLoader.load(site, cache).content().entries().get(0);
        assertEquals(first, reread);
        assertNotSame(first, reread, "a reported file is read again");
    }

    @Test
    void anEntryWithAnUnchangedBodyImageIsTheSameObjectAndAChangedImageIsLookedAtAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Files.writeString(site.resolve("content/stories/co-anh.md"), STORY.formatted("có ảnh") + "\n![Ảnh](anh.jpg)\n");
        Files.write(site.resolve("content/stories/anh.jpg"), TestPhotos.plainPhoto(1200, 800));
        Entry first = withBodyImage(site);
        assertEquals(1200, first.bodyImages().get(0).photo().width());
        assertSame(first, withBodyImage(site));

        Files.write(site.resolve("content/stories/anh.jpg"), TestPhotos.plainPhoto(1000, 800));
        Files.setLastModifiedTime(site.resolve("content/stories/anh.jpg"), java.nio.file.attribute.FileTime.fromMillis(0));
        Entry changed = withBodyImage(site);
        assertEquals(1000, changed.bodyImages().get(0).photo().width());
    }

    private Entry withBodyImage(Path site) {
        return ContentLoader.load(site, cache).content().entries().stream().filter(e -> !e.bodyImages().isEmpty()).findFirst().orElseThrow();
    }
}
