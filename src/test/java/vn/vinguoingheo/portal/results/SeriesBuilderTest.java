package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.TARGET;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.figure;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.Target.Comparison;

class SeriesBuilderTest {

    @Test
    void figuresOfDifferentStandardsAreNeverJoinedAndTheCountryComesFirst() {
        List<Series> series = new SeriesBuilder(RATE)
                .add(figure(RATE, "ba-ria-vung-tau", 2022, "1.51", ACTUAL, "chuẩn của tỉnh"))
                .add(figure(RATE, "ba-ria-vung-tau", 2022, "0", ACTUAL, "chuẩn quốc gia"))
                .add(figure(RATE, "ho-chi-minh", 2022, "0.2", ACTUAL, null))
                .add(figure(RATE, "vn", 2023, "2.93", ESTIMATE, null))
                .build(k -> k.area().code() + (k.standard() == null ? "" : " · " + k.standard()));
        assertEquals(List.of("vn", "ho-chi-minh", "ba-ria-vung-tau · chuẩn của tỉnh", "ba-ria-vung-tau · chuẩn quốc gia"),
                series.stream().map(Series::label).toList(), "a current unit's own figures before its legacy units'");
    }

    @Test
    void aYearWithAnActualAndAnEstimateShowsTheActual() {
        Series series = new SeriesBuilder(RATE)
                .add(figure(RATE, "vn", 2023, "2.9", ESTIMATE, null))
                .add(figure(RATE, "vn", 2023, "2.93", ACTUAL, null))
                .add(figure(RATE, "vn", 2022, "4.03", ACTUAL, null))
                .build(k -> "").get(0);
        assertEquals(List.of("4.03", "2.93"), series.observed().stream().map(p -> p.value().toPlainString()).toList());
        assertEquals(3, series.points().size(), "the table still shows all three");
    }

    @Test
    void aResultTargetImpliesTheBetterDirectionAndADecisionTargetJoinsTheNewestSeriesOfItsArea() {
        List<Series> series = new SeriesBuilder(RATE)
                .add(figure(RATE, "ba-ria-vung-tau", 2020, "2.04", ACTUAL, "chuẩn của tỉnh"))
                .add(figure(RATE, "ba-ria-vung-tau", 2022, "1.51", ACTUAL, "chuẩn quốc gia"))
                .add(figure(RATE, "ba-ria-vung-tau", 2023, "1.45", TARGET, "chuẩn của tỉnh"))
                .add(Fixtures.target(RATE, "ba-ria-vung-tau", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .add(Fixtures.target(RATE, "bac-lieu", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> k.area().code() + " " + k.standard());
        assertEquals(List.of("ba-ria-vung-tau chuẩn của tỉnh", "ba-ria-vung-tau chuẩn quốc gia", "bac-lieu null"),
                series.stream().map(Series::label).toList());
        assertEquals(Comparison.AT_MOST, series.get(0).targets().get(0).comparison());
        assertEquals(2025, series.get(1).targets().get(0).year(), "the series with the 2022 value");
        assertEquals(1, series.get(2).points().size(), "a target alone makes a series of its own");
    }

    @Test
    void aFigureOfAnotherIndicatorIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SeriesBuilder(RATE).add(Fixtures.actual(Fixtures.ESCAPED, "vn", 2022, "1")));
    }

    @Test
    void aTargetOfAnotherIndicatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeriesBuilder(RATE)
                .add(Fixtures.target(Fixtures.ESCAPED, "vn", 2025, "1000", Comparison.AT_LEAST), Fixtures.ARTICLE));
    }

    @Test
    void aDecisionTargetDoesNotJoinASeriesThatHasOnlyTargets() {
        List<Series> series = new SeriesBuilder(RATE)
                .add(figure(RATE, "ba-ria-vung-tau", 2025, "1.2", TARGET, "chuẩn của tỉnh"))
                .add(Fixtures.target(RATE, "ba-ria-vung-tau", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> k.area().code() + " " + k.standard());
        assertEquals(List.of("ba-ria-vung-tau null", "ba-ria-vung-tau chuẩn của tỉnh"), series.stream().map(Series::label).toList(),
                "with no value, no series of the area is the newest; no standard sorts first");
        assertEquals(List.of(1, 1), series.stream().map(s -> s.points().size()).toList());
    }

    @Test
    void legacyUnitsOfOneCurrentUnitAreSeparateSeriesInCodeOrder() {
        List<Series> series = new SeriesBuilder(RATE)
                .add(figure(RATE, "binh-duong", 2022, "0.1", ACTUAL, null))
                .add(figure(RATE, "ba-ria-vung-tau", 2022, "1.51", ACTUAL, null))
                .build(k -> k.area().code());
        assertEquals(List.of("ba-ria-vung-tau", "binh-duong"), series.stream().map(Series::label).toList(), "both now in Hồ Chí Minh");
    }

    @Test
    void localitiesOfOneAreaAreSeparateSeriesInNameOrder() {
        List<Series> series = new SeriesBuilder(RATE)
                .add(localFigure("Mường Tè", "4.1"))
                .add(localFigure("Sìn Hồ", "3.2"))
                .add(localFigure("Mường Tè", "3.9"))
                .build(k -> k.locality());
        assertEquals(List.of("Mường Tè", "Sìn Hồ"), series.stream().map(Series::label).toList());
        assertEquals(List.of(2, 1), series.stream().map(s -> s.points().size()).toList());
    }

    /** A figure for a district of Lai Châu; the two of Mường Tè are for different years. */
    private static ResultFigure localFigure(String locality, String value) {
        int year = value.equals("3.9") ? 2023 : 2022;
        return new ResultFigure(Fixtures.area("lai-chau"), locality, RATE, year, null, new BigDecimal(value), ACTUAL, null,
                Fixtures.ARTICLE, null, null);
    }
}
