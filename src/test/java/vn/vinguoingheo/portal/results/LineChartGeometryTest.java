package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.series;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Target.Comparison;

/**
 * Where the axes, points, lines and target bars of small charts land, worked out by hand from the
 * documented plot area: the picture is 360 × 220, values run from y 192 (the lowest tick) up to
 * y 30 (the highest), years from the axis' left end (12 units plus 6.6 per character of the widest
 * tick label) to x 346, each year in the middle of its equal slot. Coordinates are rounded to whole
 * units, halves up.
 */
class LineChartGeometryTest {

    private static final String RED = "#a4161a";

    /** Ticks 0–3 (the highest value, 3, needs a step of 1): one character, so the axis starts at round(12 + 6.6) = 19. */
    @Test
    void aSmallChartsAxesPointsAndLineSitWhereTheScalesPutThem() {
        ChartSvg svg = ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series(RATE, "vn", 2022, "1", ACTUAL, 2023, "3", ACTUAL))));
        // y = 192 - 162 * value / 3 = 192 - 54 * value: 0 → 192, 1 → 138, 2 → 84, 3 → 30; value texts 6 left of the axis, 4 lower.
        assertEquals(List.of("0 13,196", "1 13,142", "2 13,88", "3 13,34"), svg.tickLabels());
        assertEquals(List.of("M19 192H346"), svg.pathsStroked("#4f5b66"), "the zero line");
        assertEquals(List.of("M19 138H346M19 84H346M19 30H346"), svg.pathsStroked("#d8dde2"), "a grid line at every other tick");
        // Two years share 346 - 19 = 327 units: 19 + 327 / 4 = 100.75 → 101 and 19 + 3 * 327 / 4 = 264.25 → 264;
        // the years' baseline 8 above the bottom.
        assertEquals(List.of("2022 101,212", "2023 264,212"), svg.yearLabels());
        Element line = svg.series(RED);
        assertEquals(List.of("M101 138L264 30"), ChartSvg.paths(line, "stroke-dasharray", false));
        assertEquals(List.of("101,138 4.5", "264,30 4.5"), ChartSvg.circles(line), "actual values are solid");
    }

    /** Four years, 2021–2024, share 327 units, 81.75 each: x = 19 + 81.75 * (i + 0.5) → 60, 142, 223, 305; y = 192 - 54 * value. */
    @Test
    void aTargetIsABarJoinedByADashedLineToTheLastValueBeforeItsYear() {
        Series series = new SeriesBuilder(RATE)
                .add(Fixtures.actual(RATE, "bac-lieu", 2021, "3"))
                .add(Fixtures.actual(RATE, "bac-lieu", 2023, "2"))
                .add(Fixtures.actual(RATE, "bac-lieu", 2024, "1.5"))
                .add(Fixtures.target(RATE, "bac-lieu", 2023, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> "Bạc Liêu").get(0);
        Element group = ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series))).series(RED);
        List<String> solid = ChartSvg.paths(group, "stroke-dasharray", false);
        assertEquals(List.of("M60 30L223 84L305 111", "M214 138h18"), solid, "the values' line, then the target's bar 18 wide");
        assertEquals(List.of("M60 30L223 138"), ChartSvg.paths(group, "stroke-dasharray", true),
                "from 2021, not from the 2023 or 2024 values, which are not before the target");
        assertEquals(List.of("60,30 4.5", "223,84 4.5", "305,111 4.5", "223,138 4.5 hollow"), ChartSvg.circles(group));
    }

    @Test
    void aTargetAloneIsABarAndAHollowMarkerWithoutAnyLine() {
        Series series = new SeriesBuilder(RATE)
                .add(Fixtures.target(RATE, "bac-lieu", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> "Bạc Liêu").get(0);
        Element group = ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series))).series(RED);
        assertEquals(List.of(), ChartSvg.paths(group, "stroke-dasharray", true), "no dashed line from nowhere");
        assertEquals(1, ChartSvg.paths(group, "stroke-dasharray", false).size(), "the bar only");
        assertEquals(1, ChartSvg.circles(group).size());
        assertTrue(ChartSvg.circles(group).get(0).endsWith("hollow"));
    }

    @Test
    void nineYearsAreLabelledEveryOtherYearAndEightEveryYear() {
        // At most 8 year labels: ceil(9 / 8) = 2, ceil(8 / 8) = 1.
        assertEquals(List.of("2015", "2017", "2019", "2021", "2023"), years(chartOfYears(2015, 2023)));
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"), years(chartOfYears(2016, 2023)));
    }

    private static ChartSvg chartOfYears(int from, int to) {
        List<Object> points = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            points.addAll(List.of(year, "2", ACTUAL));
        }
        return ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series(RATE, "vn", points.toArray()))));
    }

    private static List<String> years(ChartSvg svg) {
        return svg.yearLabels().stream().map(s -> s.substring(0, 4)).toList();
    }
}
