package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.TARGET;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.series;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Target.Comparison;

/** What a chart says in words beside the picture: its description, the key to its marks, its legend. */
class LineChartWordsTest {

    @Test
    void theDescriptionGivesTheYearsOnceWhenThereIsOnlyOne() {
        Chart chart = LineChart.draw("c", "t", "%", List.of(series(RATE, "vn", 2023, "2.93", ESTIMATE)));
        assertEquals("Biểu đồ đường theo năm, 2023. Cả nước: 2,93% năm 2023 (ước tính).",
                ChartSvg.of(chart).description());
    }

    @Test
    void theDescriptionGivesTheSpanOfYearsAndEachSeriesLatestValueAndLastTarget() {
        Series series = new SeriesBuilder(RATE)
                .add(Fixtures.actual(RATE, "bac-lieu", 2020, "2.5"))
                .add(Fixtures.actual(RATE, "bac-lieu", 2022, "1.8"))
                .add(Fixtures.target(RATE, "bac-lieu", 2024, "1.5", Comparison.AT_MOST), Fixtures.ARTICLE)
                .add(Fixtures.target(RATE, "bac-lieu", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> "Bạc Liêu").get(0);
        Chart chart = LineChart.draw("c", "t", "%", List.of(series));
        assertEquals("Biểu đồ đường theo năm, 2020–2025. Bạc Liêu: 1,8% năm 2022; mục tiêu ≤ 1% năm 2025.",
                ChartSvg.of(chart).description());
    }

    @Test
    void theKeyExplainsOnlyTheKindsOfPointsDrawn() {
        assertEquals("điểm rỗng, “≈”: ước tính.", key(series(RATE, "vn", 2023, "2.93", ESTIMATE)));
        assertEquals("điểm đặc: thực tế; “MT”, gạch ngang, nét đứt: mục tiêu.",
                key(series(RATE, "vn", 2022, "4.03", ACTUAL, 2025, "1", TARGET)));
        assertEquals("“MT”, gạch ngang, nét đứt: mục tiêu.", key(series(RATE, "vn", 2025, "1", TARGET)));
        assertEquals("điểm đặc: thực tế; điểm rỗng, “≈”: ước tính.",
                key(series(RATE, "vn", 2022, "4.03", ACTUAL, 2023, "2.93", ESTIMATE)));
    }

    @Test
    void withOnlyGreyLinesTheKeySaysWhatTheyShow() {
        List<Series> seven = List.of("ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau", "dien-bien", "son-la").stream()
                .map(area -> series(RATE, area, 2022, "2", ACTUAL, 2023, "1.5", ESTIMATE)).toList();
        assertEquals("mỗi đường xám là số liệu thực tế và ước tính của một dãy số.",
                LineChart.draw("c", "t", "%", seven).key());
    }

    @Test
    void eachLegendSwatchShowsItsSeriesColourAndMarkerOnALine() {
        Chart chart = LineChart.draw("c", "t", "%",
                List.of(series(RATE, "vn", 2023, "2.93", ACTUAL), series(RATE, "hue", 2023, "1", ACTUAL)));
        Element first = swatch(chart.series().get(0));
        assertEquals(List.of("#a4161a", "#a4161a"), List.of(first.attr("stroke"), first.attr("fill")));
        assertEquals("M1 7H29", first.selectFirst("path").attr("d"), "a line across the 30 × 14 swatch, at half its height");
        Element circle = first.selectFirst("circle");
        assertEquals(List.of("15", "7"), List.of(circle.attr("cx"), circle.attr("cy")), "the marker in the middle");
        Element second = swatch(chart.series().get(1));
        assertEquals("#0b5394", second.attr("stroke"));
        Element square = second.selectFirst("rect");
        assertEquals(List.of("10.5", "2.5"), List.of(square.attr("x"), square.attr("y")), "a square of 9 centred on (15, 7)");
    }

    private static String key(Series series) {
        return LineChart.draw("c", "t", "%", List.of(series)).key();
    }

    /** The group inside a legend swatch that gives its line and marker their colour. */
    private static Element swatch(Chart.LegendEntry entry) {
        Element svg = Jsoup.parse(entry.swatch(), "", Parser.xmlParser()).selectFirst("svg");
        assertEquals(List.of("30", "14", "true"), List.of(svg.attr("width"), svg.attr("height"), svg.attr("aria-hidden")));
        return svg.selectFirst("> g");
    }
}
