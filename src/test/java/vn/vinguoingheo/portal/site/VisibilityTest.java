package vn.vinguoingheo.portal.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;

/** Drafts, entries scheduled for later and expired entries, in public builds and previews. */
class VisibilityTest {

    @TempDir
    Path tmp;

    private Path siteWithScheduledAndExpired() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site, "content/stories/hen-gio.md", "---\ntitle: Tin hẹn giờ\ndate: 2099-01-01\nsummary: s\n---\n");
        TestSites.write(site, "content/stories/het-han.md", "---\ntitle: Tin đã gỡ\ndate: 2020-01-01\nexpires: 2021-01-01\nsummary: s\n---\n");
        return site;
    }

    @Test
    void publicBuildLeavesOutDraftsScheduledAndExpiredEntries() throws Exception {
        Path out = tmp.resolve("out");
        assertTrue(Portal.build(siteWithScheduledAndExpired(), out, null).built());
        assertFalse(Files.exists(out.resolve("tin-tuc/hen-gio")));
        assertFalse(Files.exists(out.resolve("tin-tuc/het-han")));
        assertFalse(Files.exists(out.resolve("mo-hinh/ban-nhap")));
        assertFalse(Files.readString(out.resolve("feed.xml")).contains("hen-gio"));
    }

    @Test
    void previewShowsDraftsAndScheduledEntriesWithBadges() throws Exception {
        Path out = tmp.resolve("preview");
        Visibility preview = new Visibility(true, true, LocalDate.of(2026, 11, 25));
        assertTrue(Portal.buildWith(siteWithScheduledAndExpired(), out, new Portal.Options(null, preview)).built());
        assertTrue(Files.readString(out.resolve("tin-tuc/hen-gio/index.html")).contains("<span class=\"badge\">hẹn giờ</span>"));
        assertTrue(Files.readString(out.resolve("mo-hinh/ban-nhap/index.html")).contains("<span class=\"badge\">bản nháp</span>"));
        assertTrue(Files.readString(out.resolve("tin-tuc/index.html")).contains("hẹn giờ"));
        assertFalse(Files.exists(out.resolve("tin-tuc/het-han")), "expired stays down even in a preview");
    }
}
