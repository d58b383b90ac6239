package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** Builds the fixture site once and checks the published pages as a reader's browser would get them. */
class BuildTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        site = TestSites.copy("basic", tmp);
        out = tmp.resolve("public");
        Portal.BuildResult result = Portal.build(site, out, null);
        assertTrue(result.built(), result.problems()::toString);
    }

    private static Document page(String path) throws IOException {
        Path file = out.resolve(path.isEmpty() ? "index.html" : path + (path.endsWith(".html") ? "" : "/index.html"));
        assertTrue(Files.exists(file), "missing " + file);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://thu.example.vn/" + path);
    }

    private static List<String> links(Document doc, String selector) {
        return doc.select(selector + " a[href]").eachAttr("href");
    }

    @Test
    void writesEveryPageOfTheContract() {
        for (String path : List.of("index.html", "mo-hinh/index.html", "mo-hinh/dan-tham-luc-binh/index.html",
                "tinh/index.html", "tinh/can-tho/index.html", "tinh/bac-lieu/index.html", "loai-mo-hinh/index.html",
                "loai-mo-hinh/sinh-ke/index.html", "van-ban/index.html", "van-ban/ke-hoach-mau/index.html",
                "tin-tuc/index.html", "tin-tuc/tin-mau/index.html", "ket-qua/index.html", "feed.xml", "sitemap.xml",
                "robots.txt", "404.html", "assets/style.css", "tim-kiem/index.html", "tim-kiem/chi-muc.json",
                "assets/search.js")) {
            assertTrue(Files.isRegularFile(out.resolve(path)), path);
        }
        long provincePages = out.resolve("tinh").toFile().list().length;
        assertEquals(1 + 34 + 30, provincePages, "index, 34 current units, 30 legacy units");
    }

    @Test
    void everyHtmlPageHasOneH1LangViAndASkipLink() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            // Embed cards have no site layout; EmbedCardsTest checks them.
            for (Path file : files.filter(p -> p.toString().endsWith(".html") && !isEmbedCard(p)).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                // The English page for partners is the one page in another language.
                assertEquals(file.endsWith(Path.of("en", "index.html")) ? "en" : "vi", doc.selectFirst("html").attr("lang"), file.toString());
                assertEquals(1, doc.select("h1").size(), file.toString());
                assertEquals("#noi-dung", doc.selectFirst("a.skip-link").attr("href"), file.toString());
                assertEquals(1, doc.select("main#noi-dung").size(), file.toString());
                assertTrue(doc.select("script:not([type=application/ld+json])").stream().allMatch(script -> script.attr("src").startsWith("/assets/")
                        && script.hasAttr("defer") && script.data().isEmpty()),
                        "only the site's own script files, deferred, no inline code (pages work without them): " + file);
                assertTrue(doc.select("script[type=application/ld+json]").size() <= 1, "at most one block of structured data: " + file);
                assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'self'"),
                        "content security policy on " + file);
                assertTrue(doc.select("[style]").isEmpty(), "inline styles would break the CSP: " + file);
                List<String> scripts = doc.select("script[src]").stream().map(script -> script.attr("src").replaceAll("\\?v=[0-9a-f]{10}$", "")).toList();
                if (file.endsWith(Path.of("tim-kiem", "index.html"))) {
                    assertEquals(List.of("/assets/search.js"), scripts, file.toString());
                } else {
                    assertTrue(List.of("/assets/share.js").containsAll(scripts), "only the search page and share actions use JavaScript: " + file);
                }
            }
        }
    }

    private static boolean isEmbedCard(Path file) {
        return file.endsWith(Path.of("nhung", "index.html"));
    }

    @Test
    void everyOtherPageHasASearchBoxLeadingToTheSearchPage() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html") && !p.endsWith(Path.of("tim-kiem", "index.html"))
                    && !isEmbedCard(p)).toList()) {
                Element form = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("header form[role=search]");
                assertNotNull(form, file.toString());
                assertEquals("/tim-kiem/", form.attr("action"), file.toString());
                assertEquals("get", form.attr("method"));
                Element input = form.selectFirst("input[name=q]");
                assertEquals("search", input.attr("type"));
                assertEquals(1, form.select("label[for=" + input.id() + "]").size(), "labelled: " + file);
                assertEquals("Tìm", form.selectFirst("button[type=submit]").text());
            }
        }
    }

    @Test
    void searchPageWithoutJavaScriptSaysSoAndOffersTheIndexes() throws IOException {
        Document search = page("tim-kiem");
        assertEquals("Tìm kiếm", search.selectFirst("h1").text());
        assertTrue(search.select("header form").isEmpty(), "its own form only");
        Element form = search.selectFirst("main form[role=search]");
        assertEquals("/tim-kiem/", form.attr("action"));
        assertEquals("tu-khoa", search.selectFirst("label[for=tu-khoa]").attr("for"));
        assertTrue(Files.isRegularFile(out.resolve(form.attr("data-index").substring(1))), "the index it reads");
        assertTrue(search.selectFirst("noscript").text().contains("cần JavaScript"));
        assertTrue(links(search, "main nav").containsAll(List.of("/tinh/", "/loai-mo-hinh/")), links(search, "main nav")::toString);
        assertEquals("polite", search.selectFirst("[role=status]").attr("aria-live"));
    }

    @Test
    void provincePageListsItsOwnAndLegacyUnitsEntries() throws IOException {
        Document caMau = page("tinh/ca-mau");
        assertEquals(List.of("/mo-hinh/nha-tinh-thuong/"), links(caMau, "section[aria-labelledby=mo-hinh] .card-title"));
        assertTrue(caMau.select(".card-tags").text().contains("Bạc Liêu, nay thuộc Cà Mau"));
        assertEquals(List.of("/van-ban/ke-hoach-mau/"), links(caMau, "section[aria-labelledby=van-ban] .card-title"), "decision filed under bac-lieu");
        assertEquals(List.of(), links(caMau, "section[aria-labelledby=tin-tuc] .card-title"));

        Document canTho = page("tinh/can-tho");
        assertEquals(List.of("/mo-hinh/dan-tham-luc-binh/"), links(canTho, "section[aria-labelledby=mo-hinh] .card-title"));
        assertEquals(List.of("/tin-tuc/tin-mau/"), links(canTho, "section[aria-labelledby=tin-tuc] .card-title"),
                "once, though filed under Cần Thơ and Sóc Trăng (now part of it)");
        assertEquals("Tin tức (1)", canTho.selectFirst("#tin-tuc").text());
        assertEquals(List.of(), links(canTho, "section[aria-labelledby=van-ban] .card-title"));
        assertTrue(canTho.text().contains("1.009"), "figures of the province in vi-VN format");

        Document hcm = page("tinh/ho-chi-minh");
        assertTrue(hcm.text().contains("1,51%"), "figure filed under legacy Bà Rịa – Vũng Tàu");
    }

    @Test
    void legacyUnitPageLeadsToTheCurrentUnit() throws IOException {
        Document bacLieu = page("tinh/bac-lieu");
        assertEquals("0; url=/tinh/ca-mau/", bacLieu.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://thu.example.vn/tinh/ca-mau/", bacLieu.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(links(bacLieu, "main").contains("/tinh/ca-mau/"));
    }

    @Test
    void modelTypePageListsExactlyTheModelsOfThatType() throws IOException {
        assertEquals(List.of("/mo-hinh/dan-tham-luc-binh/", "/mo-hinh/nuoi-bo/"), links(page("loai-mo-hinh/sinh-ke"), ".card-title"));
        assertEquals(List.of("/mo-hinh/nha-tinh-thuong/"), links(page("loai-mo-hinh/nha-o"), ".card-title"));
        assertEquals(List.of(), links(page("loai-mo-hinh/giao-duc"), ".card-title"));
        assertEquals(List.of("/mo-hinh/dan-tham-luc-binh/", "/mo-hinh/nha-tinh-thuong/", "/mo-hinh/thu-escape/", "/mo-hinh/nuoi-bo/"),
                links(page("mo-hinh"), ".card-title"), "every public model once, newest first, no draft");
        assertEquals(List.of("/van-ban/ke-hoach-mau/"), links(page("van-ban"), "table.documents tbody td:first-child"),
                "decisions are a table of documents");
        assertEquals(List.of("/tin-tuc/tin-mau/"), links(page("tin-tuc"), ".card-title"));
    }

    @Test
    void draftsAppearNowhere() throws IOException {
        assertFalse(Files.exists(out.resolve("mo-hinh/ban-nhap")));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.toString().matches(".*\\.(png|jpg)$")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("ban-nhap") || text.contains("Mô hình còn nháp"), "draft leaked into " + file);
            }
        }
    }

    @Test
    void valuesAreEscapedAndBodiesSanitised() throws IOException {
        Document escaped = page("mo-hinh/thu-escape");
        assertEquals("<script>alert(1)</script> & mô hình", escaped.selectFirst("h1").text());
        assertTrue(escaped.select("script:not([type=application/ld+json])").stream().allMatch(script -> script.attr("src").startsWith("/assets/share.js?v=")),
                "no script but the site's own");
        assertEquals("<script>alert(1)</script> & mô hình", new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(escaped.selectFirst("script[type=application/ld+json]").data()).path("name").asText(), "structured data escaped as JSON");
        String raw = Files.readString(out.resolve("mo-hinh/thu-escape/index.html"));
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mô hình"));
        assertTrue(raw.contains("Tóm tắt có &lt;b&gt;thẻ&lt;/b&gt;"));

        Document model = page("mo-hinh/dan-tham-luc-binh");
        assertTrue(model.select(".prose script").isEmpty());
        assertTrue(model.select(".prose a[href^=javascript]").isEmpty());
        assertEquals("https://example.org/", model.selectFirst(".prose a[href^=https]").attr("href"));
        assertTrue(model.select(".prose h1").isEmpty());
    }

    @Test
    void entryImagesArePublishedAsCopiesWithTheirSizeAndAltText() throws IOException {
        // Images narrower than the narrowest copy have one copy, at their own width; the originals are not published.
        Element inAssets = page("mo-hinh/dan-tham-luc-binh").selectFirst(".entry-image img");
        assertTrue(inAssets.attr("src").matches("/assets/anh/luc-binh-40-[0-9a-f]{6}\\.jpg"), inAssets.attr("src"));
        assertEquals(inAssets.attr("src") + " 40w", inAssets.attr("srcset"));
        assertEquals("40", inAssets.attr("width"));
        assertEquals("30", inAssets.attr("height"));
        assertEquals("Thảm lục bình đang đan dở", inAssets.attr("alt"));
        assertTrue(Files.isRegularFile(out.resolve(inAssets.attr("src").substring(1))));
        assertFalse(Files.exists(out.resolve("assets/anh/luc-binh.png")), "the original is not published");

        Element beside = page("tin-tuc/tin-mau").selectFirst(".entry-image img");
        assertTrue(beside.attr("src").matches("/tin-tuc/tin-mau/tin-mau-20-[0-9a-f]{6}\\.jpg"), beside.attr("src"));
        assertEquals("20", beside.attr("width"));
        assertTrue(Files.isRegularFile(out.resolve(beside.attr("src").substring(1))), "copy published beside its page");
        assertFalse(Files.exists(out.resolve("tin-tuc/tin-mau/tin-mau.png")), "the original is not published");
    }

    @Test
    void decomposedInputIsPublishedComposed() throws IOException {
        String html = Files.readString(out.resolve("mo-hinh/nuoi-bo/index.html"));
        assertTrue(Normalizer.isNormalized(html, Normalizer.Form.NFC));
        assertTrue(html.contains("Nuôi bò sinh sản"));
    }

    @Test
    void modelPageShowsPlaceTypeStageReplicationAndLinks() throws IOException {
        Document model = page("mo-hinh/dan-tham-luc-binh");
        assertEquals("Đan thảm lục bình", model.selectFirst("h1").text());
        assertTrue(links(model, ".facts").contains("/tinh/can-tho/"));
        assertTrue(model.selectFirst(".eyebrow").text().contains("Sinh kế"));
        assertEquals(List.of("Lập tổ hợp tác", "Học nghề", "Tìm đầu ra"), model.select(".replicate ol li").eachText());
        assertTrue(links(model, ".replicate").contains("/tinh/ha-tinh/"), "replicated in");
        assertEquals("Lập tổ hợp tác", model.selectFirst(".replicate-steps li").text());
        assertTrue(model.selectFirst(".replicate dl").text().contains("Điều kiện cần có Có nguồn lục bình"));
        assertEquals("Nhân rộng (giai đoạn hiện nay)", model.selectFirst(".stage-steps [aria-current=step]").text().strip());
        assertEquals(3, model.select(".stage-steps li.done").size());
        assertTrue(links(model, "main").contains("/van-ban/ke-hoach-mau/"), "related decision");
        assertEquals("06/04/2023", model.selectFirst(".facts time").text());
        assertEquals("https://thu.example.vn/mo-hinh/dan-tham-luc-binh/", model.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void provincePagesListModelsReplicatedThere() throws IOException {
        Document haTinh = page("tinh/ha-tinh");
        Element section = haTinh.selectFirst("section[aria-labelledby=nhan-rong-tai-day]");
        assertTrue(section.selectFirst("h2").text().startsWith("Đã nhân rộng tại đây"), section.text());
        assertEquals(List.of("/mo-hinh/dan-tham-luc-binh/"), links(haTinh, "section[aria-labelledby=nhan-rong-tai-day] .card-title"));
        assertTrue(page("tinh/can-tho").select("section[aria-labelledby=nhan-rong-tai-day]").isEmpty());
    }

    @Test
    void decisionPageShowsTargetsInVietnameseFormat() throws IOException {
        Document decision = page("van-ban/ke-hoach-mau");
        assertTrue(decision.select("table").text().contains("≤ 1%"), decision.select("table").text());
        assertTrue(decision.select(".facts").text().contains("Bạc Liêu, nay thuộc Cà Mau"));
    }

    @Test
    void resultsAreListedWithVietnameseNumbers() throws IOException {
        String text = page("ket-qua").text();
        assertTrue(text.contains("2,93%"), text);
        assertTrue(text.contains("1.009"), text);
        assertTrue(text.contains("ước tính"), text);
    }

    @Test
    void feedAndSitemapAreWellFormedWithAbsoluteUrls() throws Exception {
        org.w3c.dom.Document feed = xml(out.resolve("feed.xml"));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(6, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertEquals("2023-04-07T00:00:00Z", feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());

        org.w3c.dom.Document sitemap = xml(out.resolve("sitemap.xml"));
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.getLength() > 40);
        for (int i = 0; i < locs.getLength(); i++) {
            assertTrue(locs.item(i).getTextContent().startsWith("https://thu.example.vn/"));
        }
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://thu.example.vn/sitemap.xml"));
    }

    @Test
    void everyInternalLinkLeadsToAPublishedFile() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element a : Jsoup.parse(file.toFile(), "UTF-8").select("a[href^=/], link[href^=/]")) {
                    String target = a.attr("href").replaceAll("[?#].*$", "");
                    Path resolved = out.resolve(target.substring(1) + (target.endsWith("/") ? "index.html" : ""));
                    assertTrue(Files.exists(resolved), file + " links to missing " + target);
                }
            }
        }
    }

    @Test
    void sameContentBuildsToIdenticalBytes() throws Exception {
        Path second = tmp.resolve("second");
        assertTrue(Portal.build(site, second, null).built());
        assertEquals(snapshot(out), snapshot(second));
    }

    @Test
    void templateErrorFailsTheBuildAndKeepsThePreviousOutput() throws Exception {
        Path broken = TestSites.copy("basic", tmp.resolve("broken"));
        Path output = tmp.resolve("broken-out");
        assertTrue(Portal.build(broken, output, null).built());
        Map<String, String> before = snapshot(output);

        TestSites.write(broken, "templates/story.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n${page.data.khongCo.title}\n</@layout.frame>\n");
        Portal.BuildFailure failure = assertThrows(Portal.BuildFailure.class, () -> Portal.build(broken, output, null));
        assertTrue(failure.getMessage().startsWith("templates/story.ftlh:3:"), failure.getMessage());
        assertEquals(before, snapshot(output));
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "no staging folder left behind");
        }
    }

    @Test
    void siteTemplatesAndAssetsOverrideBuiltInOnesFileByFile() throws Exception {
        Path custom = TestSites.copy("basic", tmp.resolve("custom"));
        TestSites.write(custom, "templates/error404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Riêng của trang</h1></@layout.frame>");
        TestSites.write(custom, "assets/style.css", "body { color: black; }");
        Path output = tmp.resolve("custom-out");
        assertTrue(Portal.build(custom, output, null).built());
        assertEquals("Riêng của trang", Jsoup.parse(output.resolve("404.html").toFile(), "UTF-8").selectFirst("h1").text());
        assertEquals("body { color: black; }", Files.readString(output.resolve("assets/style.css")));
        assertTrue(Files.exists(output.resolve("assets/favicon.svg")), "built-in asset kept");
        Document home = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8");
        assertFalse(home.selectFirst("link[rel=stylesheet]").attr("href")
                .equals(page("").selectFirst("link[rel=stylesheet]").attr("href")), "asset version follows its content");
    }

    @Test
    void contentErrorsWriteNothing() throws Exception {
        Path bad = TestSites.copy("basic", tmp.resolve("bad"));
        TestSites.write(bad, "content/models/hong.md", "---\ntitle: Hỏng\n---\n");
        Path output = tmp.resolve("bad-out");
        Portal.BuildResult result = Portal.build(bad, output, null);
        assertFalse(result.built());
        assertFalse(Files.exists(output));
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path foreign = tmp.resolve("foreign");
        TestSites.write(foreign, "quan-trong.txt", "đừng xoá");
        Portal.BuildFailure failure = assertThrows(Portal.BuildFailure.class, () -> Portal.build(site, foreign, null));
        assertTrue(failure.getMessage().contains("không do công cụ này tạo"));
        assertEquals("đừng xoá", Files.readString(foreign.resolve("quan-trong.txt")));
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(file))));
    }

    /** Every file's bytes (as a digest), by path. */
    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
