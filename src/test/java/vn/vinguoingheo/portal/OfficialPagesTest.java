package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a state portal must show (issue 25): the publisher on every page and in full on /lien-he/,
 * decisions' document metadata and their table with static filters, entries' update dates in the
 * page, feed and sitemap, the open data described, structured data, and the English page. Builds
 * the fixture site with a publisher block and document fields added.
 */
class OfficialPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "Văn bản </script><script>alert(1)</script><!-- thử";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Files.writeString(site.resolve("content/site.yaml"), Files.readString(site.resolve("content/site.yaml")) + """
                publisher:
                  agency: Sở Thử nghiệm (mẫu)
                  responsible: {name: Nguyễn Văn A, position: Giám đốc}
                  address: Số 1 đường Thử, Hà Tĩnh
                  phone: 0239 000 000
                  email: so@thu.example.vn
                  focal_contact: {name: Trần Thị B, position: Chuyên viên, unit: Văn phòng, phone: 0239 000 001, email: b@thu.example.vn}
                  licence: Giấy phép số 1/GP-TTĐT (mẫu)
                open_data:
                  licence: CC BY 4.0
                  licence_url: https://creativecommons.org/licenses/by/4.0/
                  review_months: 3
                """);
        TestSites.write(site, "content/decisions/qd-12-2023.md", """
                ---
                title: Quyết định thay thế kế hoạch mẫu
                number: 12/QĐ-UBND
                issued: 2023-05-10
                issuer: UBND tỉnh Hà Tĩnh
                signer: Chủ tịch UBND tỉnh
                document_type: quyet-dinh
                effective: 2023-06-01
                status: con-hieu-luc
                updated: 2024-02-03
                file: qd-12-2023.pdf
                province: ha-tinh
                summary: Quyết định thử có đủ các trường văn bản.
                ---
                Nội dung.
                """);
        Files.write(site.resolve("content/decisions/qd-12-2023.pdf"), PDF);
        TestSites.write(site, "content/decisions/thu-tieu-de.md", """
                ---
                title: "%s"
                number: 3/CV-UBND
                issued: 2022-01-20
                issuer: UBND tỉnh Hà Tĩnh
                document_type: công văn
                status: het-hieu-luc
                summary: Tiêu đề có thẻ đóng script.
                ---
                Nội dung.
                """.formatted(HOSTILE));
        Path old = site.resolve("content/decisions/ke-hoach-mau.md");
        Files.writeString(old, Files.readString(old).replace("issuer: UBND tỉnh Bạc Liêu\n",
                "issuer: UBND tỉnh Bạc Liêu\ndocument_type: kế hoạch\nstatus: bi-thay-the\nreplaced_by: decisions/qd-12-2023\n"));
        Path story = site.resolve("content/stories/tin-mau.md");
        Files.writeString(story, Files.readString(story).replace("date: 2023-04-07\n", "date: 2023-04-07\nupdated: 2024-03-09\n"));
        out = tmp.resolve("public");
        Portal.BuildResult result = Portal.build(site, out, null);
        assertTrue(result.built(), result.problems()::toString);
    }

    private static Document page(String path) throws IOException {
        return TestSites.page(out, path);
    }

    private static JsonNode jsonLd(Document doc) throws IOException {
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), doc.location());
        return JSON.readTree(scripts.get(0).data());
    }

    private static List<String> texts(Document doc, String selector) {
        return doc.select(selector).eachText();
    }

    @Test
    void everyPageShowsThePublisherInItsFooter() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            // embed cards (…/nhung/) are fragments shown inside other sites' pages, named by the
            // portal's title and linked to it, not pages of the portal with its frame
            pages = files.filter(p -> p.toString().endsWith(".html") && !p.endsWith(Path.of("nhung", "index.html"))).toList();
        }
        assertTrue(pages.size() > 100);
        for (Path file : pages) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            assertEquals(List.of("Cơ quan chủ quản: Sở Thử nghiệm (mẫu). Chịu trách nhiệm nội dung: Nguyễn Văn A, Giám đốc.",
                    "Địa chỉ: Số 1 đường Thử, Hà Tĩnh. Điện thoại: 0239 000 000. E-mail: so@thu.example.vn.",
                    "Giấy phép số 1/GP-TTĐT (mẫu)",
                    "Ghi rõ nguồn “Trang thử nghiệm” (https://thu.example.vn/) khi phát hành lại thông tin từ trang này."),
                    texts(doc, ".site-footer .publisher"), file.toString());
        }
    }

    @Test
    void theContactPageShowsThePublisherInFull() throws IOException {
        Document doc = page("lien-he/");
        assertEquals(List.of("Cơ quan chủ quản", "Người chịu trách nhiệm nội dung", "Địa chỉ", "Điện thoại", "E-mail",
                "Đầu mối liên hệ của trang", "Giấy phép, đăng ký", "Dùng lại thông tin"), texts(doc, ".publisher-facts dt"));
        assertEquals("Trần Thị B, Chuyên viên, Văn phòng Điện thoại: 0239 000 001 E-mail: b@thu.example.vn",
                doc.select(".publisher-facts dd").get(5).text());
        assertEquals("tel:0239000001", doc.select(".publisher-facts dd").get(5).selectFirst("a").attr("href"));
        JsonNode org = jsonLd(doc);
        assertEquals("GovernmentOrganization", org.path("@type").asText());
        assertEquals("Sở Thử nghiệm (mẫu)", org.path("name").asText());
        assertEquals("Số 1 đường Thử, Hà Tĩnh", org.path("address").asText());
        assertEquals("0239 000 000", org.path("telephone").asText());
        assertEquals("so@thu.example.vn", org.path("email").asText());
        assertEquals(2, org.path("contactPoint").size());
    }

    @Test
    void decisionsAreListedAsADocumentTableNewestFirst() throws IOException {
        Document doc = page("van-ban/");
        assertEquals(List.of("Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành", "Loại"), texts(doc, "table.documents th"));
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : doc.select("table.documents tbody tr")) {
            rows.add(tr.select("td").eachText());
        }
        assertEquals(List.of(
                List.of("12/QĐ-UBND", "10/05/2023", "Quyết định thay thế kế hoạch mẫu Còn hiệu lực", "UBND tỉnh Hà Tĩnh", "Quyết định"),
                List.of("01/KH-UBND", "01/03/2022", "Kế hoạch mẫu giảm nghèo Đã bị thay thế",
                        "UBND tỉnh Bạc Liêu", "Kế hoạch"),
                List.of("3/CV-UBND", "20/01/2022", HOSTILE + " Hết hiệu lực", "UBND tỉnh Hà Tĩnh", "Công văn")), rows);
        assertEquals(List.of("/van-ban/qd-12-2023/", "/van-ban/ke-hoach-mau/", "/van-ban/thu-tieu-de/"),
                doc.select("table.documents tbody td:first-child a").eachAttr("href"));
        assertEquals(List.of("Loại", "Cơ quan ban hành", "Năm ban hành"), texts(doc, ".facets h3"));
        assertEquals(List.of("/van-ban/loai/quyet-dinh/", "/van-ban/loai/ke-hoach/", "/van-ban/loai/cong-van/",
                        "/van-ban/co-quan/ubnd-tinh-bac-lieu/", "/van-ban/co-quan/ubnd-tinh-ha-tinh/",
                        "/van-ban/nam/2023/", "/van-ban/nam/2022/"),
                doc.select(".facets a").eachAttr("href"));
    }

    @Test
    void filterPagesListOnlyTheirDecisions() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "van-ban/loai/quyet-dinh/", List.of("12/QĐ-UBND"),
                "van-ban/loai/cong-van/", List.of("3/CV-UBND"),
                "van-ban/co-quan/ubnd-tinh-ha-tinh/", List.of("12/QĐ-UBND", "3/CV-UBND"),
                "van-ban/co-quan/ubnd-tinh-bac-lieu/", List.of("01/KH-UBND"),
                "van-ban/nam/2022/", List.of("01/KH-UBND", "3/CV-UBND"),
                "van-ban/nam/2023/", List.of("12/QĐ-UBND"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Document doc = page(e.getKey());
            assertEquals(e.getValue(), texts(doc, "table.documents tbody td:first-child a"), e.getKey());
            assertEquals(1, doc.select(".facets [aria-current=page]").size(), e.getKey());
        }
        assertEquals("Văn bản, kế hoạch – UBND tỉnh Hà Tĩnh", page("van-ban/co-quan/ubnd-tinh-ha-tinh/").selectFirst("h1").text());
    }

    @Test
    void aDecisionShowsItsDocumentMetadataAndItsFileAsPublished() throws IOException {
        Document doc = page("van-ban/qd-12-2023/");
        assertEquals(List.of("Số, ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày có hiệu lực",
                "Tình trạng hiệu lực", "Cập nhật", "Phạm vi", "Trích yếu", "Tệp văn bản"), texts(doc, ".document-facts dt"));
        assertEquals(List.of("12/QĐ-UBND", "Quyết định", "UBND tỉnh Hà Tĩnh", "Chủ tịch UBND tỉnh", "10/05/2023", "01/06/2023",
                "Còn hiệu lực", "03/02/2024", "Hà Tĩnh", "Quyết định thay thế kế hoạch mẫu", "qd-12-2023.pdf (PDF, 48 byte)"),
                texts(doc, ".document-facts dd"));
        assertEquals("/van-ban/qd-12-2023/qd-12-2023.pdf", doc.selectFirst(".document-facts a[type=application/pdf]").attr("href"));
        assertArrayEquals(PDF, Files.readAllBytes(out.resolve("van-ban/qd-12-2023/qd-12-2023.pdf")));

        Document replaced = page("van-ban/ke-hoach-mau/");
        Element status = replaced.select(".document-facts dd").get(6);
        assertEquals("Đã bị thay thế, thay bằng 12/QĐ-UBND", status.text());
        assertEquals("/van-ban/qd-12-2023/", status.selectFirst("a").attr("href"));
        // Left out when the source does not say: shown as such, never guessed.
        assertEquals(List.of("Nguồn không nêu", "Nguồn không nêu"), List.of(replaced.select(".document-facts dd").get(3).text(),
                replaced.select(".document-facts dd").get(5).text()));
    }

    @Test
    void updateDatesShowInThePageTheFeedAndTheSitemap() throws Exception {
        assertTrue(page("tin-tuc/tin-mau/").selectFirst(".byline").text().endsWith("Cập nhật: 09/03/2024"));
        assertEquals("2024-03-09", page("tin-tuc/tin-mau/").selectFirst(".byline time[datetime=2024-03-09]").attr("datetime"));
        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        Element entry = feed.select("entry").stream().filter(e -> e.selectFirst("id").text().endsWith("/tin-tuc/tin-mau/")).findFirst().orElseThrow();
        assertEquals("2023-04-07T00:00:00Z", entry.selectFirst("published").text());
        assertEquals("2024-03-09T00:00:00Z", entry.selectFirst("updated").text());
        assertEquals("2024-03-09T00:00:00Z", feed.selectFirst("feed > updated").text());
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        Element url = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/tin-tuc/tin-mau/")).findFirst().orElseThrow();
        assertEquals("2024-03-09", url.selectFirst("lastmod").text());
        Element model = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/mo-hinh/nuoi-bo/")).findFirst().orElseThrow();
        assertNotNull(model.selectFirst("lastmod"));
        Element list = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/van-ban/")).findFirst().orElseThrow();
        assertEquals(null, list.selectFirst("lastmod"));
    }

    @Test
    void everyEntryPageHasAPrintButtonShownOnlyByItsScript() throws IOException {
        for (String path : List.of("mo-hinh/dan-tham-luc-binh/", "van-ban/qd-12-2023/", "tin-tuc/tin-mau/")) {
            Document doc = page(path);
            Element button = doc.selectFirst("[data-print]");
            assertNotNull(button, path);
            assertTrue(button.hasAttr("hidden"), path);
            assertEquals("In trang này", button.text());
            assertTrue(doc.select("script[src]").eachAttr("src").stream().anyMatch(s -> s.startsWith("/assets/share.js")), path);
        }
        assertTrue(Files.readString(out.resolve("assets/share.js")).contains("window.print()"));
    }

    @Test
    void structuredDataOfEachKindHasItsTypeAndRequiredProperties() throws IOException {
        JsonNode story = jsonLd(page("tin-tuc/tin-mau/"));
        assertEquals("https://schema.org", story.path("@context").asText());
        assertEquals("NewsArticle", story.path("@type").asText());
        assertEquals("Tin mẫu về mô hình", story.path("headline").asText());
        assertEquals("2023-04-07", story.path("datePublished").asText());
        assertEquals("2024-03-09", story.path("dateModified").asText());
        assertTrue(story.path("image").asText().startsWith("https://thu.example.vn/tin-tuc/tin-mau/anh-chia-se-"));
        assertEquals("GovernmentOrganization", story.path("publisher").path("@type").asText());
        assertEquals("Organization", story.path("author").path("@type").asText());

        JsonNode decision = jsonLd(page("van-ban/qd-12-2023/"));
        assertEquals("Legislation", decision.path("@type").asText());
        assertEquals("12/QĐ-UBND", decision.path("legislationIdentifier").asText());
        assertEquals("Quyết định", decision.path("legislationType").asText());
        assertEquals("2023-05-10", decision.path("legislationDate").asText());
        assertEquals("2023-06-01", decision.path("legislationDateOfApplicability").asText());
        assertEquals("UBND tỉnh Hà Tĩnh", decision.path("legislationPassedBy").path("name").asText());
        assertEquals("https://schema.org/InForce", decision.path("legislationLegalForce").asText());
        assertEquals("https://thu.example.vn/van-ban/qd-12-2023/qd-12-2023.pdf", decision.path("encoding").path("contentUrl").asText());
        assertEquals("2024-02-03", decision.path("dateModified").asText());
        JsonNode replaced = jsonLd(page("van-ban/ke-hoach-mau/"));
        assertEquals("https://schema.org/NotInForce", replaced.path("legislationLegalForce").asText());
        assertFalse(replaced.has("legislationDateOfApplicability"), "no effective date when the entry gives none");

        JsonNode model = jsonLd(page("mo-hinh/dan-tham-luc-binh/"));
        assertEquals("CreativeWork", model.path("@type").asText());
        assertEquals("HowTo", model.path("hasPart").path("@type").asText());
        List<String> steps = new ArrayList<>();
        model.path("hasPart").path("step").forEach(s -> steps.add(s.path("position").asInt() + ". " + s.path("text").asText()));
        assertEquals(List.of("1. Lập tổ hợp tác", "2. Học nghề", "3. Tìm đầu ra"), steps);
    }

    @Test
    void aHostileTitleCannotBreakOutOfTheStructuredData() throws IOException {
        Path file = out.resolve("van-ban/thu-tieu-de/index.html");
        String html = Files.readString(file);
        Document doc = Jsoup.parse(html);
        assertEquals(HOSTILE, jsonLd(doc).path("name").asText());
        assertEquals(List.of(), doc.select("script:not([src]):not([type=application/ld+json])").eachAttr("type"),
                "no script element made from the title");
        String raw = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        raw = raw.substring(0, raw.indexOf("</script>"));
        assertFalse(raw.contains("<!--"));
        assertTrue(raw.contains("<\\/script>"));
    }

    @Test
    void theEnglishPageAndTheHomePageLinkEachOther() throws IOException {
        Document en = page("en/");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("vi", en.selectFirst("header.site-header").attr("lang"));
        assertEquals("vi", en.selectFirst("footer.site-footer").attr("lang"));
        for (Document doc : List.of(en, page(""))) {
            assertEquals(List.of("vi", "en", "x-default"), doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
            assertEquals(List.of("https://thu.example.vn/", "https://thu.example.vn/en/", "https://thu.example.vn/"),
                    doc.select("link[rel=alternate][hreflang]").eachAttr("href"));
        }
        assertEquals(List.of(), page("mo-hinh/").select("link[hreflang]").eachAttr("href"));
        assertEquals(List.of("Managing agency", "Responsible for content", "Address", "Telephone", "E-mail", "Contact for the portal"),
                texts(en, ".publisher-facts dt"));
    }

    @Test
    void theOpenDataPageDescribesEachFileAsTheCatalogueDoes() throws IOException {
        Document doc = page("du-lieu/");
        assertEquals(List.of("Kết quả giảm nghèo (CSV)", "Kết quả giảm nghèo (JSON)", "Mô hình, điển hình giảm nghèo"),
                texts(doc, ".dataset h2"));
        JsonNode catalog = JSON.readTree(out.resolve("du-lieu/danh-muc.json").toFile());
        assertEquals("dcat:Catalog", catalog.path("@type").asText());
        JsonNode datasets = catalog.path("dcat:dataset");
        assertEquals(3, datasets.size());
        JsonNode ld = jsonLd(doc).path("@graph");
        assertEquals(3, ld.size());
        List<String> files = List.of("ket-qua.csv", "ket-qua.json", "mo-hinh.json");
        for (int i = 0; i < 3; i++) {
            long size = Files.size(out.resolve("du-lieu/" + files.get(i)));
            JsonNode dist = datasets.get(i).path("dcat:distribution");
            assertEquals("https://thu.example.vn/du-lieu/" + files.get(i), dist.path("dcat:downloadURL").path("@id").asText());
            assertEquals(String.valueOf(size), dist.path("dcat:byteSize").path("@value").asText());
            assertEquals("https://creativecommons.org/licenses/by/4.0/", datasets.get(i).path("dct:license").path("@id").asText());
            assertEquals("P3M", datasets.get(i).path("dct:accrualPeriodicity").asText());
            Element section = doc.select(".dataset").get(i);
            assertEquals(files.get(i), section.selectFirst("a").text());
            assertEquals(datasets.get(i).path("csvw:tableSchema").path("csvw:column").size(), section.select("tbody tr").size());
            assertEquals("Dataset", ld.get(i).path("@type").asText());
            assertEquals(size + " B", ld.get(i).path("distribution").get(0).path("contentSize").asText());
            assertEquals(datasets.get(i).path("dct:modified").path("@value").asText(), ld.get(i).path("dateModified").asText());
            // Next review: last update plus the review period (3 months here).
            String modified = datasets.get(i).path("dct:modified").path("@value").asText();
            assertEquals(java.time.LocalDate.parse(modified).plusMonths(3).toString(), section.select("time").get(1).attr("datetime"));
        }
    }
}
