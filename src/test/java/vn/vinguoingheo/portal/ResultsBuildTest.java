package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results as readers and re-users get them from the built fixture site: charts, tables, targets, open data. */
class ResultsBuildTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        out = tmp.resolve("public");
        assertTrue(Portal.build(site, out, null).built());
    }

    private static Document page(String path) throws IOException {
        return TestSites.page(out, path);
    }

    @Test
    void resultsPageShowsTheCountryTheTargetsAndEachIndicatorAsAChartOrACard() throws IOException {
        Document results = page("ket-qua/");
        assertEquals("2,93%", results.selectFirst("section[aria-labelledby=ca-nuoc] .stat-value").text());
        assertEquals("/ket-qua/poor-household-rate/", results.selectFirst("section[aria-labelledby=ca-nuoc] a.stat").attr("href"));
        assertEquals(List.of("0 Đã đạt", "1 Đang tiến bộ", "1 Chưa đạt", "0 Chưa có số liệu"), results.select(".scoreboard li").eachText());
        assertEquals(List.of("/ket-qua/muc-tieu/#dang-tien-bo", "/ket-qua/muc-tieu/#chua-dat"), results.select(".scoreboard a").eachAttr("href"),
                "a count of none links nowhere");
        assertEquals(List.of("Hộ nghèo"), results.select("section.indicator-group > h2").eachText(), "themes from indicators.yaml");
        assertEquals(List.of("poor-household-rate", "households-escaped-poverty"), results.select("section.tile > h3").eachAttr("id"),
                "indicators.yaml order");
        for (Element svg : results.select("figure.chart > svg[role=img]")) {
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertEquals("title", svg.selectFirst("#" + ids[0]).tagName());
            assertEquals("desc", svg.selectFirst("#" + ids[1]).tagName());
        }
        assertEquals(1, results.select("figure.chart > svg[role=img]").size(), "only Bạc Liêu has two values: one chart");
        Element rate = results.getElementById("poor-household-rate").parent();
        assertEquals(List.of("Cả nước · chuẩn nghèo đa chiều", "Bạc Liêu, nay thuộc Cà Mau"), rate.select(".legend li").eachText(),
                "the country and the series with a line; the others on the indicator's page");
        assertEquals("Thêm 1 địa bàn: Tỷ lệ hộ nghèo", rate.selectFirst(".tile-more").text());
        assertEquals("Mục tiêu: 1 đang tiến bộ, 1 chưa đạt.", rate.selectFirst(".tile-targets").text());
        Element escaped = results.getElementById("households-escaped-poverty").parent();
        assertTrue(escaped.select("svg[role=img]").isEmpty(), "one value: a card, not a chart");
        assertEquals("Cần Thơ 1.009 hộ năm 2022", escaped.selectFirst(".figure-card").text());
    }

    @Test
    void targetsPageListsEachTargetUnderItsOutcome() throws IOException {
        Document targets = page("ket-qua/muc-tieu/");
        assertEquals(List.of("Đã đạt (0)", "Đang tiến bộ (1)", "Chưa đạt (1)", "Chưa có số liệu (0)"),
                targets.select("main h2").eachText());
        assertEquals(List.of("Bạc Liêu, nay thuộc Cà Mau Tỷ lệ hộ nghèo ≤ 1% năm 2025 Thực tế 2022: 2,1% (giảm 1,1 điểm % so với năm 2020)"
                + " Mục tiêu: Kế hoạch mẫu giảm nghèo, UBND tỉnh Bạc Liêu, 01/03/2022 Số liệu: Báo cáo \"giảm nghèo\", Bạc Liêu, Báo Mẫu, 10/01/2023"),
                targets.select("#dang-tien-bo ~ div tbody tr").eachText());
        assertEquals("/van-ban/ke-hoach-mau/", targets.selectFirst("#dang-tien-bo ~ div tbody tr td[data-label=Nguồn] a").attr("href"),
                "the decision that set the target");
        List<String> notMet = targets.select("#chua-dat ~ div tbody tr").eachText();
        assertEquals(List.of("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh Tỷ lệ hộ nghèo ≤ 1,45% năm 2023 Thực tế 2022: 1,51% Mục tiêu: Báo cáo tỉnh Số liệu: Báo cáo tỉnh"),
                notMet);
    }

    @Test
    void eachIndicatorHasAPageWithTheSameNumbersInATableAndTheirSources() throws IOException {
        Document rate = page("ket-qua/poor-household-rate/");
        assertEquals("Tỷ lệ hộ nghèo", rate.selectFirst("h1").text());
        assertEquals(1, rate.select("svg[role=img]").size());
        List<String> values = rate.select("table.figures tbody td.num").eachText();
        assertEquals(List.of("2,93%", "1,51%", "≤ 1,45%", "3,2%", "2,1%", "≤ 1%"), values,
                "the country, then units in registry order; targets marked with their comparison");
        Element estimate = rate.selectFirst("table.figures tbody tr");
        assertTrue(estimate.text().contains("ước tính"));
        Element bacLieu = rate.select("table.figures tbody tr").get(4);
        assertEquals("https://example.org/bao-cao", bacLieu.selectFirst("a[href^=https]").attr("href"), "linked to its source");
        Element target = rate.select("table.figures tbody tr").get(5);
        assertEquals("/van-ban/ke-hoach-mau/", target.select("a").last().attr("href"), "a decision's target links to the decision");
        assertTrue(rate.select("a[href=/du-lieu/ket-qua.csv]").size() > 0);
    }

    @Test
    void provincePagesShowTheirOwnAndLegacyUnitsSeries() throws IOException {
        Document hcm = page("tinh/ho-chi-minh/");
        Element tile = hcm.selectFirst("section.tile");
        assertTrue(tile.select("svg[role=img]").isEmpty(), "one value and a target: a card, no chart");
        assertEquals("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh 1,51% năm 2022 Chưa đạt mục tiêu ≤ 1,45% năm 2023",
                tile.selectFirst(".figure-card").text());

        Document caMau = page("tinh/ca-mau/");
        assertEquals(1, caMau.select("section.tile svg[role=img]").size(), "Bạc Liêu's two values: a chart");
        assertTrue(caMau.select("section.tile .figure-targets").text().contains("Bạc Liêu, nay thuộc Cà Mau: mục tiêu ≤ 1% năm 2025; thực tế 2022: 2,1%"),
                caMau.select("section.tile .figure-targets").text());

        Document canTho = page("tinh/can-tho/");
        assertEquals(List.of("households-escaped-poverty"), canTho.select("section.tile > h3").eachAttr("id"));
        assertEquals("1.009 hộ", canTho.selectFirst("section.tile .figure-number").text());
        assertTrue(page("tinh/ha-noi/").select("section.tile").isEmpty(), "no figures, no section");
    }

    @Test
    void decisionPageShowsEachTargetAgainstTheLatestValue() throws IOException {
        Element row = page("van-ban/ke-hoach-mau/").selectFirst("table.target-table tbody tr");
        assertEquals(List.of("Tỷ lệ hộ nghèo", "Bạc Liêu, nay thuộc Cà Mau", "≤ 1% năm 2025"),
                row.select("td").eachText().subList(0, 3));
        assertTrue(row.text().contains("Thực tế 2022: 2,1%"), row.text());
        assertTrue(row.text().contains("Chưa đạt, đang tiến bộ"), row.text());
        assertTrue(row.text().contains("Giảm 1,1 điểm % so với năm 2020"), row.text());
        assertEquals("https://example.org/bao-cao", row.selectFirst("a[href^=https]").attr("href"));
        assertEquals("/ket-qua/poor-household-rate/", row.selectFirst("a").attr("href"));
    }

    @Test
    void resultsOpenDataParsesBackWithOneRowPerFigureOrTarget() throws IOException {
        byte[] csv = Files.readAllBytes(out.resolve("du-lieu/ket-qua.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n") && !text.contains("\"\n"), "CRLF line ends");
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> read = mapper.readerForMapOf(String.class).with(mapper.schemaWithHeader())
                .readValues(text)) {
            rows = read.readAll();
        }
        assertEquals(6 + 1, rows.size(), "6 figures and the decision's target");
        Map<String, String> legacy = rows.stream().filter(r -> r.get("area_code").equals("bac-lieu") && r.get("year").equals("2022"))
                .findFirst().orElseThrow();
        assertEquals("ca-mau", legacy.get("current_area_code"));
        assertEquals("2.1", legacy.get("value"));
        assertEquals("Cuối năm, theo chuẩn \"đa chiều\"", legacy.get("note"));
        assertEquals("Báo cáo \"giảm nghèo\", Bạc Liêu", legacy.get("source_title"));

        JsonNode json = new ObjectMapper().readTree(out.resolve("du-lieu/ket-qua.json").toFile());
        assertEquals(rows.size(), json.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).get("value"), json.get(i).get("value").decimalValue().toPlainString());
            assertEquals(rows.get(i).get("area_code"), json.get(i).get("area_code").asText());
        }
        JsonNode target = json.get(5);
        assertEquals("target", target.get("kind").asText());
        assertEquals("https://thu.example.vn/van-ban/ke-hoach-mau/", target.get("source_url").asText());

        Document results = page("ket-qua/");
        for (String column : rows.get(0).keySet()) {
            assertTrue(results.select("#du-lieu-mo ~ * code, .dictionary code").eachText().contains(column), "dictionary: " + column);
        }
    }

    @Test
    void modelsOpenDataListsEveryPublicModel() throws IOException {
        JsonNode models = new ObjectMapper().readTree(out.resolve("du-lieu/mo-hinh.json").toFile());
        assertEquals(List.of("dan-tham-luc-binh", "nha-tinh-thuong", "thu-escape", "nuoi-bo"),
                Stream.of(models.elements()).flatMap(it -> {
                    List<String> slugs = new java.util.ArrayList<>();
                    it.forEachRemaining(m -> slugs.add(m.get("slug").asText()));
                    return slugs.stream();
                }).toList(), "newest first, no draft");
        JsonNode house = models.get(1);
        assertEquals("https://thu.example.vn/mo-hinh/nha-tinh-thuong/", house.get("url").asText());
        assertEquals("bac-lieu", house.get("provinces").get(0).asText());
        assertEquals("ca-mau", house.get("current_provinces").get(0).asText());
        assertEquals("nha-o", house.get("model_types").get(0).asText());
        assertEquals("2022-09-28", house.get("date").asText());
        assertTrue(house.get("stage").isNull());
        assertEquals("nhan-rong", models.get(0).get("stage").asText());
        assertEquals("<script>alert(1)</script> & mô hình", models.get(2).get("title").asText(), "data, not HTML");
    }

    @Test
    void dataFilesAreNotInTheSitemapButIndicatorPagesAre() throws IOException {
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains(".csv") || sitemap.contains(".json"), "data files are not pages");
        assertTrue(sitemap.contains("<loc>https://thu.example.vn/du-lieu/</loc>"), "the page describing them is");
        assertTrue(sitemap.contains("<loc>https://thu.example.vn/ket-qua/poor-household-rate/</loc>"));
    }
}
