package vn.vinguoingheo.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;

/** Long lists are split into pages of 50 with stable URLs, so no page grows with the site. */
class PaginationTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.minimal(tmp);
        for (int i = 0; i < 120; i++) {
            TestSites.write(site, "content/models/mo-hinh-" + i + ".md", "---\ntitle: Mô hình số " + i
                    + "\nprovince: ha-tinh\nmodel_type: sinh-ke\ndate: 2023-01-" + String.format("%02d", 1 + i % 28)
                    + "\nsummary: Tóm tắt của mô hình số " + i + ".\n---\nNội dung.\n");
        }
        out = tmp.resolve("out");
        assertTrue(Portal.build(site, out, null).built());
    }

    private static Document page(String path) throws IOException {
        return TestSites.page(out, path);
    }

    @Test
    void listsArePagedByFiftyWithStableUrls() throws IOException {
        assertEquals(50, page("mo-hinh/").select(".card").size());
        assertEquals(50, page("mo-hinh/trang/2/").select(".card").size());
        assertEquals(20, page("mo-hinh/trang/3/").select(".card").size());
        assertFalse(Files.exists(out.resolve("mo-hinh/trang/4")));
        assertFalse(Files.exists(out.resolve("mo-hinh/trang/1")), "page 1 is the list's own URL");
        assertEquals("120 bài", page("mo-hinh/trang/2/").selectFirst(".count-line").text());
    }

    @Test
    void pagesLinkToEachOther() throws IOException {
        Document second = page("mo-hinh/trang/2/");
        assertEquals("/mo-hinh/", second.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("/mo-hinh/trang/3/", second.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("2", second.selectFirst(".pager [aria-current=page]").text());
        assertEquals("Mô hình, điển hình – trang 2 – Trang thử nghiệm".replace("Trang thử nghiệm", "Thử"), second.title());
        assertTrue(page("mo-hinh/").select(".pager a[rel=prev]").isEmpty());
    }

    @Test
    void everyEntryIsOnExactlyOnePage() throws IOException {
        List<String> all = new java.util.ArrayList<>();
        for (String path : List.of("mo-hinh/", "mo-hinh/trang/2/", "mo-hinh/trang/3/")) {
            all.addAll(page(path).select(".card-title a").eachAttr("href"));
        }
        assertEquals(120, all.size());
        assertEquals(120, all.stream().distinct().count());
    }

    @Test
    void provinceAndModelTypePagesArePagedToo() throws IOException {
        Document province = page("tinh/ha-tinh/");
        assertEquals(50, province.select("section[aria-labelledby=mo-hinh] .card").size());
        assertEquals("Mô hình (120)", province.selectFirst("#mo-hinh").text());
        assertEquals("/tinh/ha-tinh/trang/2/", province.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals(50, page("tinh/ha-tinh/trang/2/").select(".card").size());
        assertEquals(20, page("tinh/ha-tinh/trang/3/").select(".card").size());
        assertEquals(50, page("loai-mo-hinh/sinh-ke/").select(".card").size());
        assertEquals(20, page("loai-mo-hinh/sinh-ke/trang/3/").select(".card").size());
    }

    @Test
    void listPagesStayWithinTheWeightBudget() throws IOException {
        for (String path : List.of("mo-hinh/", "tinh/ha-tinh/", "loai-mo-hinh/sinh-ke/")) {
            assertTrue(Files.size(out.resolve(path + "index.html")) <= 60 * 1024, path);
        }
    }

    @Test
    void pagedPagesAreInTheSitemap() throws IOException {
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://thu.example.vn/mo-hinh/trang/3/</loc>"));
        assertTrue(sitemap.contains("<loc>https://thu.example.vn/tinh/ha-tinh/trang/2/</loc>"));
    }
}
