package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.LoadResult;

/** The fixture site's embed cards, their code on the pages and their oEmbed documents, as published files. */
class EmbedCardsTest {

    private static final String BASE = "https://thu.example.vn/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fixture's public entries: 4 models (one is a draft), 1 decision, 1 story. */
    private static final List<String> ENTRIES = List.of("mo-hinh/dan-tham-luc-binh/", "mo-hinh/nha-tinh-thuong/", "mo-hinh/nuoi-bo/",
            "mo-hinh/thu-escape/", "van-ban/ke-hoach-mau/", "tin-tuc/tin-mau/");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        out = TestSites.built("basic", tmp);
    }

    private static Document html(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8", BASE + path);
    }

    private static List<String> cards() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.endsWith(Path.of("nhung", "index.html")))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void everyEntryAndEveryCurrentUnitHasACardAndNothingElseDoes() throws IOException {
        List<String> cards = cards();
        // Entries, the 34 current units, and the old path of a renamed model leading to its card.
        assertEquals(ENTRIES.size() + 34 + 1, cards.size(), cards.toString());
        for (String entry : ENTRIES) {
            assertTrue(cards.contains(entry + "nhung/index.html"), entry);
            assertTrue(Files.isRegularFile(out.resolve(entry + "oembed.json")), entry);
        }
        assertTrue(cards.contains("tinh/can-tho/nhung/index.html"));
        assertFalse(cards.contains("tinh/bac-lieu/nhung/index.html"), "a legacy unit only leads to its current one");
        assertFalse(Files.exists(out.resolve("mo-hinh/ban-nhap/nhung/index.html")), "drafts have no card");
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("/nhung/"), "cards are not in the sitemap");
        assertTrue(Files.readAllLines(out.resolve(".portal-urls.txt")).contains("/mo-hinh/nuoi-bo/nhung/"),
                "cards are published URLs that must keep working");
    }

    @Test
    void aCardIsSmallStandaloneUnindexedAndLeadsToItsPageInTheWholeWindow() throws IOException {
        for (String card : cards()) {
            Document doc = html(card);
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) {
                continue; // the old path's card, a redirect
            }
            assertTrue(Files.size(out.resolve(card)) <= 15 * 1024, card + " is " + Files.size(out.resolve(card)) + " bytes");
            assertEquals("vi", doc.selectFirst("html").attr("lang"));
            assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"), card);
            String page = BASE + card.replace("nhung/index.html", "");
            assertEquals(page, doc.selectFirst("link[rel=canonical]").attr("href"), card);
            assertEquals("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'self'; form-action 'none'",
                    doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
            assertTrue(doc.select("script, link[rel=stylesheet], iframe, form").isEmpty(), "nothing but the card: " + card);
            assertEquals(1, doc.select("style").size(), card);
            assertEquals("_top", doc.selectFirst("base").attr("target"));
            assertTrue(doc.select("a[href]").stream().allMatch(a -> a.attr("target").equals("_top")), card);
            assertTrue(doc.select("a[href], img[src]").stream().allMatch(e -> e.absUrl(e.hasAttr("href") ? "href" : "src").startsWith(BASE)),
                    "nothing from another server: " + card);
            Element action = doc.selectFirst("a.button");
            assertEquals(page, action.absUrl("href"), card);
            assertEquals(1, doc.select("h1").size(), card);
        }
    }

    @Test
    void aModelsCardShowsItsKindPlaceTypesSummaryPhotoAndTheWayToReplicateIt() throws IOException {
        Document card = html("mo-hinh/dan-tham-luc-binh/nhung/index.html");
        assertEquals("Mô hình", card.selectFirst(".kind").text());
        assertEquals("Đan thảm lục bình", card.selectFirst("h1").text());
        assertEquals("Địa phương: Cần Thơ – Xã Thới Xuân", card.selectFirst(".place").text());
        assertEquals("Sinh kế, phát triển sản xuất", card.selectFirst(".topics").text());
        assertEquals("Phụ nữ Khmer đan thảm lục bình tại nhà, có thu nhập ổn định.", card.selectFirst(".summary").text());
        Element photo = card.selectFirst("img.photo");
        assertEquals("Thảm lục bình đang đan dở", photo.attr("alt"));
        // the narrowest of the photo's published copies: the first of the entry page's srcset
        Element pagePhoto = html("mo-hinh/dan-tham-luc-binh/index.html").selectFirst("img[srcset]");
        String narrowest = pagePhoto.attr("srcset").split(",")[0].trim();
        assertEquals(narrowest, photo.attr("src") + " " + photo.attr("width") + "w");
        assertTrue(photo.attr("src").matches("/assets/anh/luc-binh-\\d+-[0-9a-f]{6}\\.(jpg|png)"), photo.attr("src"));
        assertFalse(photo.attr("height").isEmpty());
        assertEquals("Xem cách nhân rộng: Đan thảm lục bình", card.selectFirst("a.button").text());

        Document decision = html("van-ban/ke-hoach-mau/nhung/index.html");
        assertEquals("Xem chi tiết: " + decision.selectFirst("h1").text(), decision.selectFirst("a.button").text());
        assertEquals("≤ 1%", decision.selectFirst(".figure strong").text(), "a decision's first target is its figure");
        assertTrue(decision.selectFirst(".figure span").text().startsWith("Mục tiêu tỷ lệ hộ nghèo năm 2025, "),
                decision.selectFirst(".figure span").text());
        assertTrue(html("tin-tuc/tin-mau/nhung/index.html").select(".figure").isEmpty(), "a story has no figure");
    }

    @Test
    void aUnitsCardListsItsFiveNewestModelsAtMost() throws IOException {
        Document canTho = html("tinh/can-tho/nhung/index.html");
        List<String> onPage = html("tinh/can-tho/index.html").select("#mo-hinh ~ .cards .card-title a, section[aria-labelledby=mo-hinh] .card-title a")
                .eachAttr("href");
        List<String> listed = canTho.select(".latest a").eachAttr("href");
        assertEquals(onPage.subList(0, Math.min(5, onPage.size())), listed, "the newest first, as on the unit's page");
        assertFalse(listed.isEmpty());
        assertEquals("Chưa có mô hình nào.", html("tinh/son-la/nhung/index.html").selectFirst(".summary").text());
        assertEquals(BASE + "tinh/can-tho/", canTho.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void pagesOfferTheCodeToCopyAndDiscoveryPointsAtAnOEmbedDocumentOfTheSameCode() throws IOException {
        for (String page : List.of("mo-hinh/dan-tham-luc-binh/", "van-ban/ke-hoach-mau/", "tin-tuc/tin-mau/", "tinh/can-tho/")) {
            Document doc = html(page + "index.html");
            assertEquals("Nhúng vào trang của bạn", doc.selectFirst("#nhung").text(), page);
            String iframe = doc.selectFirst("textarea#ma-nhung").val();
            JsonNode oembed = JSON.readTree(out.resolve(page + "oembed.json").toFile());
            Element link = doc.selectFirst("link[rel=alternate][type=application/json+oembed]");
            assertEquals(BASE + page + "oembed.json", link.attr("href"), page);
            assertEquals(iframe, oembed.get("html").asText(), page);
            int height = oembed.get("height").asInt();
            Element frame = Jsoup.parseBodyFragment(iframe).selectFirst("iframe");
            assertEquals(BASE + page + "nhung/", frame.attr("src"));
            assertEquals(String.valueOf(height), frame.attr("height"));
            assertEquals("100%", frame.attr("width"));
            assertEquals("lazy", frame.attr("loading"));
            assertEquals(oembed.get("title").asText(), frame.attr("title"));
            assertEquals(List.of("version", "type", "title", "provider_name", "provider_url", "html", "width", "height",
                    "thumbnail_url", "thumbnail_width", "thumbnail_height"), List.copyOf(iterable(oembed)));
            assertEquals("1.0", oembed.get("version").asText());
            assertEquals("rich", oembed.get("type").asText());
            assertEquals("Trang thử nghiệm", oembed.get("provider_name").asText());
            assertEquals(BASE, oembed.get("provider_url").asText());
            assertEquals(640, oembed.get("width").asInt());
            assertEquals(doc.selectFirst("meta[property=og:image]").attr("content"), oembed.get("thumbnail_url").asText());
            Element plain = Jsoup.parseBodyFragment(doc.selectFirst("textarea#ma-lien-ket").val()).selectFirst("a");
            assertEquals(BASE + page, plain.attr("href"));
        }
        assertTrue(html("ket-qua/index.html").select("#nhung, link[type=application/json+oembed]").isEmpty(), "other pages have no card");
    }

    @Test
    void theCodeEscapesTitlesAsHtml() throws IOException {
        String iframe = html("mo-hinh/thu-escape/index.html").selectFirst("textarea#ma-nhung").val();
        Element frame = Jsoup.parseBodyFragment(iframe).selectFirst("iframe");
        assertEquals(1, Jsoup.parseBodyFragment(iframe).select("iframe").size(), iframe);
        assertEquals("Mô hình: " + html("mo-hinh/thu-escape/index.html").selectFirst("h1").text() + " – Trang thử nghiệm", frame.attr("title"));
    }

    @Test
    void aRenamedEntrysOldCardLeadsToTheNewOneAndAGoneEntryIsReportedOnce() throws Exception {
        assertEquals("0; url=/mo-hinh/dan-tham-luc-binh/nhung/", html("mo-hinh/dan-tham-cu/nhung/index.html")
                .selectFirst("meta[http-equiv=refresh]").attr("content"));

        Path site = tmp.resolve("site");
        Files.delete(site.resolve("content/models/nuoi-bo.md"));
        LoadResult result = Portal.check(site, out);
        List<String> aboutNuoiBo = result.problems().stream().map(Object::toString).filter(m -> m.contains("/mo-hinh/nuoi-bo/")).toList();
        assertEquals(1, aboutNuoiBo.size(), aboutNuoiBo.toString());
    }

    private static List<String> iterable(JsonNode node) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
