package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.TARGET;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.series;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Up to six series, one per colour, all stand out; beyond, the country's does and the others are grey context. */
class LineChartManySeriesTest {

    private static final String GREY = "#8a95a1";

    @Test
    void sixSeriesAreAllDrawnInTheirOwnColour() {
        List<Series> six = new ArrayList<>();
        for (String area : List.of("vn", "ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau")) {
            six.add(series(RATE, area, 2022, "2", ACTUAL, 2023, "1.5", ACTUAL));
        }
        Chart chart = LineChart.draw("c", "t", "%", six);
        ChartSvg svg = ChartSvg.of(chart);
        assertEquals(List.of("#a4161a", "#0b5394", "#1d6b30", "#6b3fa0", "#8a4b00", "#00686e"),
                svg.seriesGroups().stream().map(g -> g.attr("stroke")).toList());
        assertEquals(List.of(), svg.pathsStroked(GREY));
        assertEquals(List.of("Cả nước", "Hà Nội", "Huế", "Cần Thơ", "Hà Tĩnh", "Lai Châu"),
                chart.series().stream().map(Chart.LegendEntry::label).toList());
    }

    @Test
    void aGreySeriesWithOneValueIsADotAndOneWithoutValuesDrawsNothing() {
        List<Series> all = new ArrayList<>();
        all.add(series(RATE, "vn", 2022, "3", ACTUAL, 2023, "2.5", ACTUAL));
        for (String area : List.of("ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau")) {
            all.add(series(RATE, area, 2022, "1", ACTUAL, 2023, "2", ACTUAL));
        }
        all.add(series(RATE, "dien-bien", 2023, "1.5", ACTUAL));
        all.add(series(RATE, "son-la", 2023, "1", TARGET));
        ChartSvg svg = ChartSvg.of(LineChart.draw("c", "t", "%", all));
        // As in LineChartGeometryTest: ticks 0–3, 2023 at x 264, y = 192 - 54 × 1,5 = 111.
        assertEquals(List.of("M101 138L264 84", "M101 138L264 84", "M101 138L264 84", "M101 138L264 84", "M101 138L264 84"),
                svg.pathsStroked(GREY), "five grey lines");
        assertEquals(List.of("264,111 2"), svg.circles(), "one small grey dot, and nothing for a target alone");
        assertEquals(1, svg.seriesGroups().size(), "only the country stands out");
    }

    @Test
    void theTargetsOfGreySeriesWhichAreNotDrawnDoNotStretchTheScales() {
        List<Series> all = new ArrayList<>();
        all.add(series(RATE, "vn", 2022, "3", ACTUAL, 2023, "2.5", ACTUAL));
        for (String area : List.of("ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau")) {
            all.add(series(RATE, area, 2022, "1", ACTUAL, 2023, "2", ACTUAL));
        }
        all.add(series(RATE, "son-la", 2022, "2", ACTUAL, 2023, "1.8", ACTUAL, 2025, "6", TARGET));
        ChartSvg svg = ChartSvg.of(LineChart.draw("c", "t", "%", all));
        assertEquals(List.of("2022 101,212", "2023 264,212"), svg.yearLabels(), "no empty years up to 2025");
        assertEquals(List.of("0", "1", "2", "3"), svg.tickLabels().stream().map(t -> t.split(" ")[0]).toList(), "no room up to 6");
    }
}
