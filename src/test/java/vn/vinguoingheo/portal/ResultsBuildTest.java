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
    void resultsPageShowsTheCountryAndAnAccessibleChartPerIndicator() throws IOException {
        Document results = page("ket-qua/");
        assertEquals("2,93%", results.selectFirst("section[aria-labelledby=ca-nuoc] .stat-value").text());
        assertEquals("/ket-qua/poor-household-rate/", results.selectFirst("section[aria-labelledby=ca-nuoc] a.stat").attr("href"));
        List<String> sections = results.select("section.indicator > h2").eachAttr("id");
        assertEquals(List.of("poor-household-rate", "households-escaped-poverty"), sections, "indicators.yaml order");
        for (Element svg : results.select("section.indicator svg[role=img]")) {
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertEquals("title", svg.selectFirst("#" + ids[0]).tagName());
            assertEquals("desc", svg.selectFirst("#" + ids[1]).tagName());
        }
        assertEquals(2, results.select("section.indicator svg[role=img]").size());
        Element rate = results.getElementById("poor-household-rate").parent();
        assertTrue(rate.select(".legend").text().contains("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh"));
        assertTrue(rate.select(".targets").text().contains("Bạc Liêu, nay thuộc Cà Mau: mục tiêu ≤ 1% năm 2025; thực tế 2022: 2,1%"),
                rate.select(".targets").text());
        assertTrue(rate.select(".targets").text().contains("mục tiêu ≤ 1,45% năm 2023; thực tế 2022: 1,51%"));
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
        Element section = hcm.selectFirst("section.indicator");
        assertNotNull(section.selectFirst("svg[role=img]"));
        assertEquals(List.of("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh"), section.select(".legend li").eachText());
        assertEquals(List.of("1,51%", "≤ 1,45%"), section.select("td.num").eachText());
        assertTrue(section.select(".targets").text().contains("Chưa đạt"), section.select(".targets").text());

        Document canTho = page("tinh/can-tho/");
        assertEquals(List.of("households-escaped-poverty"), canTho.select("section.indicator > h3").eachAttr("id"));
        assertEquals("1.009 hộ", canTho.selectFirst("section.indicator td.num").text());
        assertTrue(page("tinh/ha-noi/").select("section.indicator").isEmpty(), "no figures, no section");
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
