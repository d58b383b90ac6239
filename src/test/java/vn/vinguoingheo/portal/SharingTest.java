package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.share.QrSvg;

/** A built fixture site as apps that preview shared links, readers who share, and printers see it. */
class SharingTest {

    private static final String BASE = "https://thu.example.vn/";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        out = TestSites.built("basic", tmp);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path + "index.html").toFile(), "UTF-8", BASE + path);
    }

    private static String meta(Document doc, String property) {
        Element tag = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertTrue(tag != null, "no " + property + " in " + doc.location());
        return tag.attr("content");
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The published file an absolute URL of the site points at. */
    private static Path published(String absolute) {
        assertTrue(absolute.startsWith(BASE), absolute);
        return out.resolve(absolute.substring(BASE.length()));
    }

    @Test
    void everyPageHasCanonicalOpenGraphAndTwitterTagsWithAbsoluteUrls() throws IOException {
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith(BASE), file + ": " + canonical);
            assertEquals(canonical, meta(doc, "og:url"), file.toString());
            assertFalse(meta(doc, "og:title").isBlank(), file.toString());
            assertFalse(meta(doc, "og:description").isBlank(), file.toString());
            assertTrue(List.of("article", "website").contains(meta(doc, "og:type")), file.toString());
            assertEquals("Trang thử nghiệm", meta(doc, "og:site_name"));
            assertEquals("vi_VN", meta(doc, "og:locale"));
            assertEquals("summary_large_image", meta(doc, "twitter:card"));
            assertEquals("1200", meta(doc, "og:image:width"));
            assertEquals("630", meta(doc, "og:image:height"));
            assertFalse(meta(doc, "og:image:alt").isBlank(), file.toString());
            assertTrue(Files.isRegularFile(published(meta(doc, "og:image"))), file + ": " + meta(doc, "og:image"));
        }
    }

    @Test
    void entriesAreArticlesWithTheirSummaryAndTheirOwnDrawnImage() throws IOException {
        Document model = page("mo-hinh/dan-tham-luc-binh/");
        assertEquals("article", meta(model, "og:type"));
        assertEquals("Đan thảm lục bình", meta(model, "og:title"));
        assertEquals("Phụ nữ Khmer đan thảm lục bình tại nhà, có thu nhập ổn định.", meta(model, "og:description"));
        assertEquals("2023-04-06", meta(model, "article:published_time"));
        String image = meta(model, "og:image");
        assertTrue(image.matches("https://thu\\.example\\.vn/mo-hinh/dan-tham-luc-binh/anh-chia-se-[0-9a-f]{10}\\.png"), image);
        assertTrue(meta(model, "og:image:alt").startsWith("Đan thảm lục bình – Cần Thơ – Xã Thới Xuân – Sinh kế"));

        Document home = page("");
        assertEquals("website", meta(home, "og:type"));
        assertEquals(meta(home, "og:image"), meta(page("tinh/can-tho/"), "og:image"), "lists share the site's image");
        assertNotEquals(image, meta(home, "og:image"));
        for (String entry : List.of("van-ban/ke-hoach-mau/", "tin-tuc/tin-mau/", "mo-hinh/nuoi-bo/")) {
            assertTrue(meta(page(entry), "og:image").startsWith(BASE + entry + "anh-chia-se-"), entry);
        }
    }

    @Test
    void shareImagesAre1200By630PngsUnder300KilobytesAndDifferPerEntry() throws IOException {
        Path a = published(meta(page("mo-hinh/dan-tham-luc-binh/"), "og:image"));
        Path b = published(meta(page("mo-hinh/nuoi-bo/"), "og:image"));
        for (Path png : List.of(a, b, published(meta(page(""), "og:image")))) {
            assertTrue(Files.size(png) < 300 * 1024, png + " " + Files.size(png));
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1200, image.getWidth());
            assertEquals(630, image.getHeight());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    }

    @Test
    void shareActionsAreLinksToTheCanonicalUrlWithNoThirdPartyScript() throws IOException {
        Document model = page("mo-hinh/dan-tham-luc-binh/");
        String url = BASE + "mo-hinh/dan-tham-luc-binh/";
        Element box = model.selectFirst("section.share");
        assertEquals(url, box.attr("data-share-url"));
        String facebook = box.selectFirst("a[href^=https://www.facebook.com/sharer/sharer.php?u=]").attr("href");
        assertEquals(url, URLDecoder.decode(facebook.substring(facebook.indexOf("u=") + 2), StandardCharsets.UTF_8));
        String mail = box.selectFirst("a[href^=mailto:]").attr("href");
        assertEquals("mailto:?subject=%C4%90an%20th%E1%BA%A3m%20l%E1%BB%A5c%20b%C3%ACnh&body=" + url.replace(":", "%3A").replace("/", "%2F"), mail);
        assertEquals(url, box.selectFirst(".share-link a").attr("href"), "the address is there to copy by hand");
        assertTrue(box.selectFirst("[data-share-native]").hasAttr("hidden"), "the share sheet button waits for the script");
        assertTrue(box.selectFirst("[data-share-copy]").hasAttr("hidden"));
        assertFalse(page("tin-tuc/tin-mau/").select("section.share [data-share-url], section.share[data-share-url]").isEmpty());
    }

    @Test
    void modelPagesCarryAQrCodeOfTheirCanonicalUrl() throws Exception {
        for (String path : List.of("mo-hinh/dan-tham-luc-binh/", "mo-hinh/nha-tinh-thuong/")) {
            Document model = page(path);
            Element svg = model.selectFirst("figure.qr svg");
            assertEquals("img", svg.attr("role"));
            assertEquals(BASE + path, QrSvg.decode(svg.outerHtml()));
        }
        assertTrue(page("tin-tuc/tin-mau/").select("figure.qr").isEmpty(), "QR codes are for models");
    }

    @Test
    void printStylesheetShowsTheAddressAndHidesNavigation() throws IOException {
        String css = Files.readString(out.resolve("assets/style.css"));
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(print.contains(".site-header") && print.contains(".site-nav") && print.contains("display: none"));
        assertTrue(print.contains("content: \" (\" attr(href) \")\""), "links are printed with their address");
        Element head = page("mo-hinh/dan-tham-luc-binh/").selectFirst(".print-only.print-head");
        assertTrue(head.text().contains(BASE + "mo-hinh/dan-tham-luc-binh/"), head.text());
    }

    @Test
    void oldPathsLeadToTheEntryWithRefreshCanonicalAndAVisibleLink() throws IOException {
        for (Path file : List.of(out.resolve("mo-hinh/dan-tham-cu/index.html"), out.resolve("tin-tuc/bai-dan-tham.html"))) {
            assertTrue(Files.isRegularFile(file), file.toString());
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            assertEquals("0; url=/mo-hinh/dan-tham-luc-binh/", doc.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals(BASE + "mo-hinh/dan-tham-luc-binh/", doc.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"));
            assertEquals("Đan thảm lục bình", doc.selectFirst("main a[href=/mo-hinh/dan-tham-luc-binh/]").text());
            assertEquals(meta(page("mo-hinh/dan-tham-luc-binh/"), "og:image"), meta(doc, "og:image"), "a shared old link previews the entry");
        }
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("dan-tham-cu") || sitemap.contains("bai-dan-tham"), "redirects are not indexed");
        List<String> manifest = Files.readAllLines(out.resolve(".portal-urls.txt"));
        assertTrue(manifest.contains("/mo-hinh/dan-tham-cu/") && manifest.contains("/tin-tuc/bai-dan-tham.html"));
    }
}
