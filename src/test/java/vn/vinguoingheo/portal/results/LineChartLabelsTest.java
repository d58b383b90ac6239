package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.series;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Target.Comparison;

/**
 * Which values are labelled, with what text, and where each label goes, worked out by hand.
 *
 * <p>The rules (see {@link LineChart}): labels are placed a year at a time, the topmost point
 * first; each goes above its point (baseline 9 higher), else below (18 lower), else right or left
 * (beside the marker, baseline 4 lower), else 3 above the topmost label so far, and is left out
 * when none of these fits. A label's box is 8 units wide per character and runs from 10 above its
 * baseline to 2 below, plus a margin of 1 all round; it fits when it covers no marker (12 × 12 on
 * its point) and no label placed before, stays inside the picture (y ≥ 0) and ends above the band
 * of the years (y ≤ 200). Boxes that only touch do not cover one another.
 *
 * <p>Unless a test says otherwise, the highest value is 3 or just under, so ticks run 0–3, the
 * axis starts at x 19 and y = 192 - 54 × value (rounded); a single year sits at x = 19 + 327 / 2 =
 * 182.5 → 183.
 */
class LineChartLabelsTest {

    private static final List<String> AREAS = List.of("vn", "ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau");

    @Test
    void aLabelSitsAboveItsPointTouchingItsMarker() {
        Chart chart = LineChart.draw("c", "t", "%", List.of(series(RATE, "vn", 2022, "1", ACTUAL, 2023, "3", ACTUAL)));
        // Points (101, 138) and (264, 30) (LineChartGeometryTest); box bottom = baseline + 3 = marker top = y - 6.
        assertEquals(List.of("1% 101,129", "3% 264,21"), ChartSvg.of(chart).labels());
    }

    @Test
    void aLabelMayTouchTheMarkerAboveItButNotCoverIt() {
        // 2,52 → y 55.92 → 56; its label's box top, 56 - 9 - 11 = 36, is the bottom of the marker at y 30.
        assertEquals(List.of("3% 183,21", "2,52% 183,47"), labelsOfOneYear("3", "2.52"));
    }

    @Test
    void aLabelWithNoRoomAboveOrBelowGoesRightThenLeft() {
        // y: 3 → 30, 2,6 → 51.6 → 52, 2,4 → 62.4 → 62, 2 → 84. Series given out of order: labels go top first all the same.
        // 2,6%: above it the marker at 30, below it the one at 62, so right: x 183 + 16 + 8 = 207, baseline 52 + 4.
        // 2,4%: above, the marker at 52; below, the one at 84; right, the 2,6% label (its box 45–59); so left: 183 - 24 = 159.
        // 2%: above it the marker at 62, so below: 84 + 18 = 102.
        assertEquals(List.of("3% 183,21", "2,6% 207,56", "2,4% 159,66", "2% 183,102"), labelsOfOneYear("2.4", "2", "3", "2.6"));
    }

    @Test
    void equalValuesStackTheirLabelsAboveTheTopmostUntilThePictureEnds() {
        // 2,67 → y 47.82 → 48. Above (baseline 39, box 28–42), below (66), beside: both sides overlap the first label's box
        // (41–55 against 28–42), so the third goes 3 above the top box (28 - 3 = 25, box 14–28), the fourth at 14 - 3 = 11
        // (box 0–14: just inside), the fifth would start at -14: left out, like the sixth.
        assertEquals(List.of("2,67% 183,39", "2,67% 183,66", "2,67% 183,25", "2,67% 183,11"),
                labelsOfOneYear("2.67", "2.67", "2.67", "2.67", "2.67", "2.67"));
    }

    @Test
    void aLabelBelowMayReachTheBandOfTheYearsButNotEnterIt() {
        // 0,24 → y 179.04 → 179: the second label goes below, baseline 197, box bottom 197 + 3 = 200 exactly.
        assertEquals(List.of("3% 183,21", "0,24% 183,170", "0,24% 183,197"), labelsOfOneYear("3", "0.24", "0.24"));
    }

    @Test
    void labelsAtTheEdgesArePulledInsideThePicture() {
        List<Series> series = List.of(
                series(RATE, "vn", 2010, "1", ACTUAL, 2025, "2.5", ESTIMATE),
                series(RATE, "ha-noi", 2010, "2.5", ACTUAL));
        // 16 years of 327 / 16 units: 2010 at 19 + 10.2 → 29, 2025 at 19 + 316.8 → 336; 2,5 → y 57.
        // "2,5%" is 32 wide: centred no further left than 19 + 16 = 35; "≈ 2,5%" is 48 wide: no further right than 358 - 24 = 334.
        assertEquals(List.of("2,5% 35,48", "≈ 2,5% 334,48"), ChartSvg.of(LineChart.draw("c", "t", "%", series)).labels());
    }

    @Test
    void aLabelKeepsClearOfTheMarkerOfTheYearNextToIt() {
        // 16 years: 2024 at 19 + 14.5 × 20.4375 → 315, 2025 at 336; 2,4 → y 62, 2,1 → 78.6 → 79.
        // 2,1% above its 2024 point would span x 298–332 and y 59–73: the 2025 marker (x 330–342, y 56–68) is in its right end.
        assertEquals(List.of("2,1% 315,97", "2,4% 336,53"), ChartSvg.of(LineChart.draw("c", "t", "%", List.of(
                series(RATE, "vn", 2010, "1", ACTUAL, 2025, "2.4", ACTUAL), series(RATE, "ha-noi", 2024, "2.1", ACTUAL)))).labels());
        // Mirrored: 2,1% above its 2025 point would span x 319–353: the 2024 marker (x 309–321, y 56–68) is in its left end.
        assertEquals(List.of("2,4% 315,53", "2,1% 336,97"), ChartSvg.of(LineChart.draw("c", "t", "%", List.of(
                series(RATE, "vn", 2010, "1", ACTUAL, 2025, "2.1", ACTUAL), series(RATE, "ha-noi", 2024, "2.4", ACTUAL)))).labels());
    }

    @Test
    void aLabelMayTouchTheMarkerOfTheYearNextToItSideBySide() {
        // 12 years of 327 / 12 = 27.25 units: 2024 at 19 + 10.5 × 27.25 → 305, 2025 at 19 + 11.5 × 27.25 → 332;
        // 2,15 → y 75.9 → 76, 2,4 → 62. "2,15%" is 40 wide: above 2024 its box spans x 284–326, ending where the
        // 2025 marker (x 326–338, y 56–68) begins, so it stays above.
        assertEquals(List.of("2,15% 305,67", "2,4% 332,53"), ChartSvg.of(LineChart.draw("c", "t", "%", List.of(
                series(RATE, "vn", 2014, "1", ACTUAL, 2025, "2.4", ACTUAL), series(RATE, "ha-noi", 2024, "2.15", ACTUAL)))).labels());
        // Mirrored: above 2025 its box spans x 311–353, starting where the 2024 marker (x 299–311) ends.
        assertEquals(List.of("2,4% 305,53", "2,15% 332,67"), ChartSvg.of(LineChart.draw("c", "t", "%", List.of(
                series(RATE, "vn", 2014, "1", ACTUAL, 2025, "2.15", ACTUAL), series(RATE, "ha-noi", 2024, "2.4", ACTUAL)))).labels());
    }

    @Test
    void upToSixYearsEveryValueIsLabelledAndBeyondOnlyTheLatest() {
        assertEquals(List.of("3%", "2,5%", "2%", "1,5%", "1%", "0,5%"), labelTextsOfYears(2020, "3", "2.5", "2", "1.5", "1", "0.5"));
        assertEquals(List.of("0%"), labelTextsOfYears(2019, "3", "2.5", "2", "1.5", "1", "0.5", "0"));
    }

    @Test
    void targetLabelsSayHowTheyAreToBeMet() {
        Indicator coverage = new Indicator("health-insurance-coverage", "Tỷ lệ tham gia bảo hiểm y tế", "%",
                Indicator.Better.HIGHER);
        Series series = new SeriesBuilder(coverage)
                .add(Fixtures.figure(coverage, "lai-chau", 2022, "90", ACTUAL, null))
                .add(Fixtures.target(coverage, "lai-chau", 2024, "95", Comparison.AT_LEAST), Fixtures.ARTICLE)
                .add(Fixtures.target(coverage, "lai-chau", 2025, "100", Comparison.EQUAL), Fixtures.ARTICLE)
                .build(k -> "Lai Châu").get(0);
        assertEquals(List.of("90%", "MT ≥ 95%", "MT 100%"), ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series))).labelTexts(),
                "four years: every value and every target");
    }

    @Test
    void beyondSixYearsOnlyTheLastTargetIsLabelledAndAZeroTargetHasNoSign() {
        Series series = new SeriesBuilder(RATE)
                .add(Fixtures.actual(RATE, "lai-chau", 2015, "3"))
                .add(Fixtures.actual(RATE, "lai-chau", 2019, "2"))
                .add(Fixtures.target(RATE, "lai-chau", 2020, "1.5", Comparison.AT_MOST), Fixtures.ARTICLE)
                .add(Fixtures.target(RATE, "lai-chau", 2025, "0", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> "Lai Châu").get(0);
        assertEquals(List.of("2%", "MT 0%"), ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series))).labelTexts(),
                "eleven years: the latest value and the last target; \"≤ 0%\" says no more than \"0%\"");
    }

    /** The labels of a chart of one series per value, each with that value in 2023, in the order the values are given. */
    private static List<String> labelsOfOneYear(String... values) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(series(RATE, AREAS.get(i), 2023, values[i], ACTUAL));
        }
        return ChartSvg.of(LineChart.draw("c", "t", "%", series)).labels();
    }

    private static List<String> labelTextsOfYears(int firstYear, String... values) {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.addAll(List.of(firstYear + i, values[i], ACTUAL));
        }
        return ChartSvg.of(LineChart.draw("c", "t", "%", List.of(series(RATE, "vn", points.toArray())))).labelTexts();
    }
}
