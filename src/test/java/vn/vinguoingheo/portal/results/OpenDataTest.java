package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Period;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.Target.Comparison;

class OpenDataTest {

    private static final List<String> HEADER = List.of("area_code", "current_area_code", "area_name", "locality", "indicator",
            "indicator_label", "year", "from_year", "value", "unit", "kind", "comparison", "standard", "note", "source_title",
            "source_publisher", "source_date", "source_url");

    private static List<OpenData.FigureRecord> rows() {
        SourceRef quoted = new SourceRef("Bài \"trích dẫn\", có dấu phẩy", "Báo, Mẫu", LocalDate.of(2023, 4, 6), null);
        List<Series> series = new SeriesBuilder(RATE)
                .add(new ResultFigure(Fixtures.area("ba-ria-vung-tau"), "Xã A", RATE, null, new Period(2020, 2022),
                        new BigDecimal("1.51"), ResultFigure.FigureKind.ACTUAL, "chuẩn của tỉnh", quoted,
                        "Dòng một\ndòng hai", null))
                .add(Fixtures.actual(RATE, "vn", 2023, "1E+1"))
                .add(Fixtures.target(RATE, "vn", 2025, "1", Comparison.AT_MOST),
                        new SourceRef("Kế hoạch", "UBND", LocalDate.of(2022, 9, 28), "/van-ban/ke-hoach/"))
                .build(k -> "");
        return OpenData.records(RATE, series, link -> link.startsWith("/") ? "https://thu.example.vn" + link : link);
    }

    @Test
    void csvIsUtf8WithABomAHeaderCrlfAndQuotingThatParsesBack() throws Exception {
        byte[] csv = OpenData.csv(rows());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "BOM: spreadsheets read UTF-8");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals(String.join(",", HEADER) + "\r\n", text.substring(0, text.indexOf("\r\n") + 2));
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.contains("\"Bài \"\"trích dẫn\"\", có dấu phẩy\""), "RFC 4180 quoting: " + text);

        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<Map<String, String>> read = mapper.readerForMapOf(String.class)
                .with(mapper.schemaWithHeader()).readValues(text)) {
            List<Map<String, String>> back = read.readAll();
            assertEquals(3, back.size());
            Map<String, String> national = back.get(0);
            assertEquals("10", national.get("value"), "a plain machine number, not 1E+1");
            assertEquals("vn", national.get("current_area_code"));
            assertEquals("", national.get("source_date"));
            Map<String, String> target = back.get(1);
            assertEquals("target", target.get("kind"));
            assertEquals("at_most", target.get("comparison"), "a word: a cell starting with = would be a formula");
            assertEquals("https://thu.example.vn/van-ban/ke-hoach/", target.get("source_url"));
            Map<String, String> legacy = back.get(2);
            assertEquals(List.of("ba-ria-vung-tau", "ho-chi-minh", "Bà Rịa – Vũng Tàu", "Xã A", "2022", "2020", "1.51",
                    "Dòng một\ndòng hai", "Báo, Mẫu", "2023-04-06"), List.of(legacy.get("area_code"),
                    legacy.get("current_area_code"), legacy.get("area_name"), legacy.get("locality"), legacy.get("year"),
                    legacy.get("from_year"), legacy.get("value"), legacy.get("note"), legacy.get("source_publisher"),
                    legacy.get("source_date")));
        }
    }

    @Test
    void jsonHasTheSameRowsWithNumbersAsNumbers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(OpenData.json(rows()));
        assertEquals(3, json.size());
        JsonNode legacy = json.get(2);
        assertEquals(HEADER, iterable(legacy.fieldNames()));
        assertTrue(legacy.get("value").isNumber());
        assertEquals(new BigDecimal("1.51"), legacy.get("value").decimalValue());
        assertEquals(2022, legacy.get("year").intValue());
        assertTrue(json.get(0).get("locality").isNull(), "every field present, null when empty");
        String text = new String(OpenData.json(rows()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"value\" : 10,") && !text.contains("E+"), "plain numbers: " + text);
    }

    @Test
    void theSameRowsGiveTheSameBytes() {
        assertArrayEquals(OpenData.csv(rows()), OpenData.csv(rows()));
        assertArrayEquals(OpenData.json(rows()), OpenData.json(rows()));
        assertTrue(new String(OpenData.json(rows()), StandardCharsets.UTF_8).indexOf('\r') < 0);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
