package vn.vinguoingheo.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.map.MapPicture;
import vn.vinguoingheo.portal.map.ProvinceShapes;
import vn.vinguoingheo.portal.registry.AreaRegistry;

/** The maps a site's pages show, from a small site whose numbers are known. */
class MapsModelTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void writeSite() {
        site = TestSites.minimal(tmp);
        model("can-tho", "a");
        model("can-tho", "b");
        model("bac-lieu", "c");
        TestSites.write(site, "content/results/tinh.yaml", """
                - {area: can-tho, indicator: poor-household-rate, year: 2021, value: 0.8, kind: actual, source: {title: Báo cáo}}
                - {area: can-tho, indicator: poor-household-rate, year: 2022, value: 0.52, kind: actual, source: {title: Báo cáo}}
                - {area: can-tho, indicator: poor-household-rate, year: 2023, value: 0.4, kind: estimate, source: {title: Báo cáo}}
                - {area: thua-thien-hue, indicator: poor-household-rate, year: 2022, value: 3.1, kind: actual, source: {title: Báo cáo}}
                - {area: ba-ria-vung-tau, indicator: poor-household-rate, year: 2022, value: 1.51, kind: actual, source: {title: Báo cáo}}
                - {area: ha-tinh, locality: Can Lộc, indicator: poor-household-rate, year: 2022, value: 3.01, kind: actual, source: {title: Báo cáo}}
                - {area: vn, indicator: near-poor-household-rate, year: 2022, value: 3.3, kind: actual, source: {title: Báo cáo}}
                """);
    }

    private static void model(String province, String slug) {
        TestSites.write(site, "content/models/" + slug + ".md", "---\ntitle: Mô hình " + slug + "\nprovince: " + province
                + "\nmodel_type: sinh-ke\ndate: 2024-01-01\nsummary: Một mô hình.\n---\nNội dung.\n");
    }

    private static SiteModel build() {
        SiteContent content = ContentLoader.load(site).content();
        return SiteModel.build(content, content.config(), site, Visibility.published());
    }

    private static Indicator indicator(SiteModel model, String code) {
        return model.content().indicators().values().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /** Each link's accessible name and fill, by its address. */
    private static Map<String, String> links(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Map<String, String> links = new TreeMap<>();
        for (Element a : doc.select("a")) {
            links.put(a.attr("href"), a.attr("aria-label") + " | " + a.selectFirst("path").attr("fill"));
        }
        return links;
    }

    @Test
    void everyUnitLinksToItsPageNamedByItsNumberOfModels() {
        SiteModel model = build();
        MapPicture map = model.maps().provinces();
        Map<String, String> links = links(map.svg());
        assertEquals(34, links.size());
        assertEquals("Cần Thơ: 2 mô hình | #5b9bd0", links.get("/tinh/can-tho/"));
        assertEquals("Cà Mau: 1 mô hình | #a9cce3", links.get("/tinh/ca-mau/"));
        assertEquals("Hà Nội: chưa có mô hình | #ece8df", links.get("/tinh/ha-noi/"));
        assertEquals(List.of("chưa có", "1", "2–4", "5–9", "10 trở lên"), map.legend().stream().map(MapPicture.LegendEntry::label).toList());
        assertTrue(map.svg().contains(">Quần đảo Hoàng Sa<tspan") && map.svg().contains(">(Đà Nẵng)</tspan>"));
        assertTrue(map.svg().contains(">Quần đảo Trường Sa<tspan") && map.svg().contains(">(Khánh Hòa)</tspan>"));
        assertTrue(map.svg().contains(ProvinceShapes.builtIn().paths(ProvinceShapes.Level.DETAIL).get("da-nang")));
    }

    @Test
    void theSameContentDrawsTheSameBytes() {
        SiteModel a = build();
        SiteModel b = build();
        assertEquals(a.maps().provinces().svg(), b.maps().provinces().svg());
        assertEquals(a.maps().overview(), b.maps().overview());
        AreaRegistry areas = AreaRegistry.builtIn();
        assertEquals(a.maps().locator(areas.byCode("hue").orElseThrow()), b.maps().locator(areas.byCode("hue").orElseThrow()));
    }

    @Test
    void aLegacyUnitsLocatorHighlightsTheUnitItNowBelongsTo() {
        SiteModel model = build();
        AreaRegistry areas = AreaRegistry.builtIn();
        String legacy = model.maps().locator(areas.byCode("bac-lieu").orElseThrow());
        String caMau = model.maps().locator(areas.byCode("ca-mau").orElseThrow());
        assertEquals(caMau, legacy);
        assertNotEquals(caMau, model.maps().locator(areas.byCode("can-tho").orElseThrow()));
        Document doc = Jsoup.parse(caMau, "", Parser.xmlParser());
        assertEquals("Vị trí của Tỉnh Cà Mau trên bản đồ Việt Nam", doc.selectFirst("svg").attr("aria-label"));
        assertEquals(ProvinceShapes.builtIn().paths(ProvinceShapes.Level.SMALL).get("ca-mau"), doc.select("path").get(1).attr("d"));
        assertTrue(caMau.length() < 6_000, caMau.length() + " bytes");
    }

    @Test
    void resultsShowTheLatestActualValueOfUnitsAndListPartsOfUnits() {
        SiteModel model = build();
        MapsModel.ResultsMap map = model.maps().result(indicator(model, "poor-household-rate"));
        Map<String, String> links = links(map.picture().svg());
        assertEquals(34, links.size());
        assertEquals("Cần Thơ: 0,52% (2022) | #a9cce3", links.get("/tinh/can-tho/"));
        // Thừa Thiên Huế was renamed, not merged: its figure is the whole of Huế's.
        assertEquals("Huế: 3,1% (2022) | #2a6cad", links.get("/tinh/hue/"));
        assertEquals("Hồ Chí Minh: không có số liệu | url(#bdk-kcs)", links.get("/tinh/ho-chi-minh/"));
        assertEquals("Hà Tĩnh: không có số liệu | url(#bdk-kcs)", links.get("/tinh/ha-tinh/"));
        assertEquals(List.of("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh: 1,51% (2022)"), map.notDrawn());
        assertEquals(List.of("0,52%", "3,1%", "không có số liệu"), map.picture().legend().stream().map(MapPicture.LegendEntry::label).toList());
        assertNull(model.maps().result(indicator(model, "near-poor-household-rate")), "only a national figure: no map");
    }

    @Test
    void theResultsPagesLighterMapLinksOnlyUnitsWithData() {
        SiteModel model = build();
        MapsModel.ResultsMap overview = model.maps().overview();
        assertEquals("poor-household-rate", overview.indicator().code());
        assertEquals(List.of("/tinh/can-tho/", "/tinh/hue/"), List.copyOf(links(overview.picture().svg()).keySet()));
        assertTrue(overview.picture().svg().length() < 7_000, overview.picture().svg().length() + " bytes");
    }
}
