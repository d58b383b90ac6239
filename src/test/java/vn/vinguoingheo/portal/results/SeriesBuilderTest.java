package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.TARGET;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.figure;

import java.util.List;
import org.junit.jupiter.api.Test;
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
}
