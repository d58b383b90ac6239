package vn.vinguoingheo.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.content.read.EntryCache;

/** A model built from the one it replaces (as the preview does on every save) equals one built afresh. */
class ModelReuseTest {

    private static final Visibility PREVIEW = new Visibility(true, true, LocalDate.of(2026, 11, 25));

    @TempDir
    Path tmp;

    private final EntryCache cache = new EntryCache();

    private SiteContent load(Path site) {
        return ContentLoader.load(site, cache).content();
    }

    private static SiteModel fresh(SiteContent content, Path site, Visibility visibility) {
        return SiteModel.build(content, content.config(), site, visibility);
    }

    @Test
    void reusesUnchangedEntriesAndRedoesTheEditedOne() {
        Path site = TestSites.copy("basic", tmp);
        SiteModel before = fresh(load(site), site, PREVIEW);
        TestSites.write(site, "content/stories/tin-moi.md", "---\ntitle: Tin mới\ndate: 2024-05-01\nsummary: Một tin.\n---\nNội dung.\n");
        cache.forget(List.of(site.resolve("content/stories/tin-moi.md")));
        SiteContent edited = load(site);
        assertEquals(before.content().entries().size() + 1, edited.entries().size());

        SiteModel reused = SiteModel.build(edited, edited.config(), site, PREVIEW, before);

        assertEquals(fresh(edited, site, PREVIEW).pages(), reused.pages());
        assertEquals(fresh(edited, site, PREVIEW).shareImages(), reused.shareImages());
        Page unchanged = page(reused, "/mo-hinh/");
        assertSame(((Views.ListView) page(before, "/mo-hinh/").data()).cards().get(0), ((Views.ListView) unchanged.data()).cards().get(0),
                "an unchanged entry's card is the one made before");
    }

    @Test
    void takesNothingFromAModelOfOtherSettingsOrAnotherDay() {
        Path site = TestSites.copy("basic", tmp);
        SiteContent content = load(site);
        SiteModel before = fresh(content, site, PREVIEW);

        Visibility nextYear = new Visibility(true, true, LocalDate.of(2099, 1, 1));
        assertEquals(fresh(content, site, nextYear).pages(), SiteModel.build(content, content.config(), site, nextYear, before).pages());
        var elsewhere = content.config().withBaseUrl(URI.create("http://localhost:9000/xem/"));
        List<Page> moved = SiteModel.build(content, elsewhere, site, PREVIEW, before).pages();
        assertEquals(SiteModel.build(content, elsewhere, site, PREVIEW).pages(), moved);
        assertNotEquals(before.pages(), moved);
    }

    @Test
    void anImageReplacedInPlaceIsMeasuredAgain() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Entry before = model(load(site), "dan-tham-luc-binh");
        Entry again = model(load(site), "dan-tham-luc-binh");
        assertSame(before, again, "nothing changed: the same entry, so its card and preview are reused");

        Path image = site.resolve("assets/anh/luc-binh.png");
        ImageIO.write(new BufferedImage(before.image().width() + 7, 40, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Files.setLastModifiedTime(image, FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 2000));
        Entry resized = model(load(site), "dan-tham-luc-binh");
        assertEquals(before.image().width() + 7, resized.image().width());
        assertEquals(40, resized.image().height());
    }

    private static Entry model(SiteContent content, String slug) {
        return content.entries().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Page page(SiteModel model, String url) {
        return model.pages().stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow();
    }
}
