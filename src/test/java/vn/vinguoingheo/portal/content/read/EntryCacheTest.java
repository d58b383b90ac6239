package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
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
        assertEquals(plus(before, "tin-moi"), stories(site));

        Files.delete(added);
        cache.forget(List.of(added));
        assertEquals(before, stories(site));
    }

    @Test
    void aReportedFolderOrTheWholeSiteIsListedAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        List<String> before = stories(site);
        Files.writeString(site.resolve("content/stories/mot.md"), STORY.formatted("một"));
        cache.forget(List.of(site.resolve("content/stories")));
        assertEquals(plus(before, "mot"), stories(site));

        Files.writeString(site.resolve("content/stories/hai.md"), STORY.formatted("hai"));
        cache.forget(List.of(site)); // what the watcher reports when it lost count
        assertEquals(plus(before, "hai", "mot"), stories(site));
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

    private static List<String> plus(List<String> slugs, String... more) {
        return java.util.stream.Stream.concat(slugs.stream(), java.util.Arrays.stream(more)).sorted().toList();
    }

    @Test
    void aReportInOneFolderDoesNotListAnotherAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        List<String> before = stories(site);
        Files.writeString(site.resolve("content/stories/khong-bao.md"), STORY.formatted("không báo"));
        Path reported = site.resolve("content/decisions/moi.md");
        Files.createDirectories(reported.getParent());
        cache.forget(List.of(reported));
        assertEquals(before, stories(site), "stories/ was not reported: its listing is kept");
    }

    @Test
    void aReportOutsideAssetsDoesNotWalkItAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Files.createDirectories(site.resolve("assets"));
        assertEquals(List.of(), linkProblems(site));
        Files.createSymbolicLink(site.resolve("assets/lo.txt"), Files.writeString(tmp.resolve("secret.txt"), "x"));
        cache.forget(List.of(site.resolve("content/stories/tin-moi.md")));
        assertEquals(List.of(), linkProblems(site), "assets/ was not reported: what its walk found is kept");
    }

    @Test
    void aBodyPhotoReplacedByOneOfAnotherSizeIsLookedAtAgainEvenAtTheSameTime() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Files.writeString(site.resolve("content/stories/co-anh.md"), STORY.formatted("có ảnh") + "\n![Ảnh](anh.jpg)\n");
        Path photo = site.resolve("content/stories/anh.jpg");
        Files.write(photo, TestPhotos.plainPhoto(1200, 800));
        java.nio.file.attribute.FileTime time = java.nio.file.attribute.FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(photo, time);
        assertEquals(1200, withBodyImage(site).bodyImages().get(0).photo().width());
        Files.write(photo, TestPhotos.plainPhoto(1000, 800));
        Files.setLastModifiedTime(photo, time);
        assertEquals(1000, withBodyImage(site).bodyImages().get(0).photo().width());
    }

    @Test
    void aCacheThatKeepsNothingReadsEveryFileOnEveryLoad() {
        Path site = TestSites.copy("basic", tmp);
        EntryCache none = EntryCache.none();
        Entry first = ContentLoader.load(site, none).content().entries().get(0);
        Entry again = ContentLoader.load(site, none).content().entries().get(0);
        assertEquals(first, again);
        assertNotSame(first, again);
    }

    @Test
    void changedModelTypesHaveEveryEntryCheckedAgain() throws Exception {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/model-types.yaml", "sinh-ke: {label: Sinh kế}\nnha-o: {label: Nhà ở}\n");
        TestSites.write(site, "content/models/a.md", "---\ntitle: A\nprovince: can-tho\nmodel_type: sinh-ke\n"
                + "date: 2024-01-02\nsummary: Một.\n---\n");
        LoadResult first = ContentLoader.load(site, cache);
        assertEquals(List.of(), first.errors());

        // the entry's file is unchanged, but the type it names is gone
        TestSites.write(site, "content/model-types.yaml", "nha-o: {label: Nhà ở}\n");
        LoadResult second = ContentLoader.load(site, cache);
        assertEquals(List.of("content/models/a.md:4:13: loại mô hình \"sinh-ke\" không có trong model-types.yaml"),
                second.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileThatLeftAndCameBackIsReadAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path stories = site.resolve("content/stories");
        Path file = stories.resolve("tin-moi.md");
        Files.writeString(file, STORY.formatted("mới"));
        cache.forget(List.of(stories));
        Entry first = story(site, "tin-moi");

        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        Files.delete(file);
        cache.forget(List.of(stories)); // the folder, not the file: as a watcher that lost count reports it
        assertEquals(List.of(), ContentLoader.load(site, cache).content().entries().stream()
                .filter(e -> e.slug().equals("tin-moi")).toList());

        Files.writeString(file, STORY.formatted("mới"));
        Files.setLastModifiedTime(file, time);
        cache.forget(List.of(stories));
        Entry back = story(site, "tin-moi");
        assertEquals(first, back);
        assertNotSame(first, back, "nothing is kept of a file that was gone");
    }

    private Entry story(Path site, String slug) {
        return ContentLoader.load(site, cache).content().entries().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void anEntrysPhotoIsLookedAtAgainWhenItsSizeOrTimeChanges() throws Exception {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/stories/co-anh.md", "---\ntitle: Có ảnh\ndate: 2024-05-01\nsummary: Một tin.\n"
                + "image: anh.jpg\nimage_alt: Ảnh\n---\n");
        Path photo = site.resolve("content/stories/anh.jpg");
        Files.write(photo, TestPhotos.plainPhoto(1200, 800));
        Entry first = story(site, "co-anh");
        assertEquals(1200, first.image().photo().width());
        assertSame(first, story(site, "co-anh"));

        // same bytes, another time: looked at again
        Files.setLastModifiedTime(photo, java.nio.file.attribute.FileTime.fromMillis(86_400_000L));
        Entry touched = story(site, "co-anh");
        assertEquals(first, touched);
        assertNotSame(first, touched);

        // another photo of another size, given the same time: looked at again
        Files.write(photo, TestPhotos.plainPhoto(1000, 800));
        Files.setLastModifiedTime(photo, java.nio.file.attribute.FileTime.fromMillis(86_400_000L));
        assertEquals(1000, story(site, "co-anh").image().photo().width());
    }

    @Test
    void aLinkLeadingOutOfTheSiteIsFoundOnceReported() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "x");
        Path assets = site.resolve("assets");
        Files.createDirectories(assets);
        assertEquals(List.of(), linkProblems(site));

        Path link = Files.createSymbolicLink(assets.resolve("lo.txt"), outside);
        assertEquals(List.of(), linkProblems(site), "assets/ was walked before and nothing was reported since");
        cache.forget(List.of(link));
        assertEquals(List.of("assets/lo.txt:1:1: tệp là liên kết trỏ ra ngoài thư mục trang"), linkProblems(site));

        Files.delete(link);
        cache.forget(List.of(site)); // the whole site, when the watcher lost count
        assertEquals(List.of(), linkProblems(site));
    }

    @Test
    void linksInTemplatesAndLinksLeadingNowhereAreRefusedToo() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Files.createDirectories(site.resolve("templates"));
        Files.createDirectories(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("templates/layout.ftlh"), Files.writeString(tmp.resolve("layout.ftlh"), "x"));
        Files.createSymbolicLink(site.resolve("assets/mat.css"), tmp.resolve("khong-co.css"));
        assertEquals(List.of(
                "assets/mat.css:1:1: tệp là liên kết trỏ ra ngoài thư mục trang",
                "templates/layout.ftlh:1:1: tệp là liên kết trỏ ra ngoài thư mục trang"), linkProblems(site));
    }

    private List<String> linkProblems(Path site) {
        return ContentLoader.load(site, cache).errors().stream().map(Problem::toString).toList();
    }

    private Entry withBodyImage(Path site) {
        return ContentLoader.load(site, cache).content().entries().stream().filter(e -> !e.bodyImages().isEmpty()).findFirst().orElseThrow();
    }
}
