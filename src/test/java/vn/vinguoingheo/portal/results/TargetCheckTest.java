package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.TARGET;
import static vn.vinguoingheo.portal.results.Fixtures.ESCAPED;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.RATE_CHANGE;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Target.Comparison;
import vn.vinguoingheo.portal.results.TargetCheck.Status;

class TargetCheckTest {

    /** The single target of a series built from figures and at most one decision target. */
    private static TargetCheck check(Indicator indicator, Comparison decisionComparison, String decisionValue, int decisionYear,
                                     Object... figures) {
        SeriesBuilder builder = new SeriesBuilder(indicator);
        for (int i = 0; i < figures.length; i += 3) {
            builder.add(Fixtures.figure(indicator, "ba-ria-vung-tau", (Integer) figures[i], (String) figures[i + 1],
                    (vn.vinguoingheo.portal.content.ResultFigure.FigureKind) figures[i + 2], null));
        }
        if (decisionComparison != null) {
            builder.add(Fixtures.target(indicator, "ba-ria-vung-tau", decisionYear, decisionValue, decisionComparison), Fixtures.ARTICLE);
        }
        Series series = builder.build(k -> "Bà Rịa – Vũng Tàu").get(0);
        return TargetCheck.of(indicator, series, series.targets().get(0));
    }

    @Test
    void statesTheTargetAndTheLatestActualInWords() {
        TargetCheck check = check(RATE, Comparison.AT_MOST, "1", 2025, 2020, "2.04", ACTUAL, 2022, "1.51", ACTUAL);
        assertEquals("mục tiêu ≤ 1% năm 2025; thực tế 2022: 1,51%", check.sentence());
        assertEquals(Status.IMPROVING, check.status(), "above the target, but lower than in 2020 and lower is better");
        assertEquals("giảm 0,53 điểm % so với năm 2020", check.movement());
    }

    @Test
    void aResultTargetIsMetInTheIndicatorsBetterDirection() {
        TargetCheck lower = check(RATE, null, null, 0, 2022, "1.4", ACTUAL, 2023, "1.45", TARGET);
        assertEquals(Status.MET, lower.status());
        assertEquals("≤ 1,45% năm 2023", lower.goal());

        TargetCheck higher = check(ESCAPED, null, null, 0, 2022, "900", ACTUAL, 2023, "1000", TARGET);
        assertEquals(Status.BEHIND, higher.status(), "only one value so far: no movement to speak of");
        assertEquals("≥ 1.000 hộ năm 2023", higher.goal());
        assertNull(higher.movement());
    }

    @Test
    void aTargetWhoseYearHasPassedUnmetIsMissed() {
        TargetCheck check = check(RATE, Comparison.AT_MOST, "1", 2022, 2021, "2", ACTUAL, 2022, "1.5", ACTUAL, 2023, "0.9", ACTUAL);
        assertEquals(Status.MISSED, check.status(), "judged by the 2022 value, not the later one");
        assertEquals("thực tế 2022: 1,5%", check.actual());
    }

    @Test
    void worseningIsBehindAndAnEstimateIsSaidToBeOne() {
        TargetCheck check = check(RATE, Comparison.AT_MOST, "1", 2025, 2022, "1.5", ACTUAL, 2023, "1.7", ESTIMATE);
        assertEquals(Status.BEHIND, check.status());
        assertEquals("mục tiêu ≤ 1% năm 2025; ước tính 2023: 1,7%", check.sentence());
        assertEquals("tăng 0,2 điểm % so với năm 2022", check.movement());
    }

    @Test
    void aChangeTargetReadsAsAChangeAndIsMetByAtLeastThatMuchProgress() {
        TargetCheck met = check(RATE_CHANGE, Comparison.CHANGE, "-1.5", 2022, 2022, "-1.6", ACTUAL);
        assertEquals("mục tiêu giảm 1,5 điểm % năm 2022; thực tế 2022: giảm 1,6 điểm %", met.sentence());
        assertEquals(Status.MET, met.status());
        assertEquals(Status.MISSED, check(RATE_CHANGE, Comparison.CHANGE, "-1.5", 2022, 2022, "-1.2", ACTUAL).status());
    }

    @Test
    void withoutAnyValueThereIsNothingToCompare() {
        TargetCheck check = check(RATE, Comparison.EQUAL, "0", 2025);
        assertEquals(Status.NO_DATA, check.status());
        assertEquals("mục tiêu 0% năm 2025; chưa có số liệu thực tế", check.sentence());
    }

    @Test
    void goalsShowTheirComparisonExceptWhereItSaysNothing() {
        assertEquals(List.of("≤ 1%", "≥ 30%", "100%", "0%", "giảm 1 điểm %"), List.of(
                TargetCheck.goal(point("1", Comparison.AT_MOST), "%"), TargetCheck.goal(point("30", Comparison.AT_LEAST), "%"),
                TargetCheck.goal(point("100", Comparison.EQUAL), "%"), TargetCheck.goal(point("0", Comparison.AT_MOST), "%"),
                TargetCheck.goal(point("-1", Comparison.CHANGE), "điểm %")));
    }

    /** A target is met at its value exactly, and beyond it only in the comparison's (or the better) direction. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "AT_MOST | 1 | 1 | true", "AT_MOST | 1 | 0.99 | true", "AT_MOST | 1 | 1.01 | false",
            "AT_LEAST | 30 | 30 | true", "AT_LEAST | 30 | 31 | true", "AT_LEAST | 30 | 29.9 | false",
            "EQUAL | 2 | 2 | true", "EQUAL | 2 | 1.5 | true", "EQUAL | 2 | 2.5 | false",
            "CHANGE | -1 | -1 | true", "CHANGE | -1 | -1.2 | true", "CHANGE | -1 | -0.5 | false"})
    void meetsAtTheValueAndBeyondItInTheRightDirection(Comparison comparison, String target, String value, boolean met) {
        assertEquals(met, TargetCheck.meets(RATE, point(target, comparison), new java.math.BigDecimal(value)), "lower is better");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "EQUAL | 100 | 100 | true", "EQUAL | 100 | 120 | true", "EQUAL | 100 | 99 | false", "CHANGE | 5 | 5 | true", "CHANGE | 5 | 4 | false"})
    void whereHigherIsBetterMoreMeetsTheTarget(Comparison comparison, String target, String value, boolean met) {
        assertEquals(met, TargetCheck.meets(ESCAPED, point(target, comparison), new java.math.BigDecimal(value)));
    }

    @Test
    void whereHigherIsBetterARiseSinceTheValueBeforeIsProgress() {
        assertEquals(Status.IMPROVING,
                check(ESCAPED, Comparison.AT_LEAST, "1000", 2025, 2021, "800", ACTUAL, 2022, "900", ACTUAL).status());
        assertEquals(Status.BEHIND,
                check(ESCAPED, Comparison.AT_LEAST, "1000", 2025, 2021, "900", ACTUAL, 2022, "800", ACTUAL).status());
    }

    @Test
    void aValueUnchangedSinceTheOneBeforeIsNoProgressInEitherDirection() {
        assertEquals(Status.BEHIND, check(RATE, Comparison.AT_MOST, "1", 2025, 2021, "1.5", ACTUAL, 2022, "1.5", ACTUAL).status());
        assertEquals(Status.BEHIND,
                check(ESCAPED, Comparison.AT_LEAST, "1000", 2025, 2021, "900", ACTUAL, 2022, "900", ACTUAL).status());
    }

    @Test
    void theMovementIsSinceTheValueJustBeforeTheOneCompared() {
        TargetCheck check = check(RATE, Comparison.AT_MOST, "1", 2025, 2019, "2.5", ACTUAL, 2020, "2.04", ACTUAL, 2022, "1.51", ACTUAL);
        assertEquals("giảm 0,53 điểm % so với năm 2020", check.movement(), "1,51 - 2,04, not 1,51 - 2,5");
    }

    @Test
    void eachStatusHasItsOwnStyleCodeAndAWordedLabel() {
        List<String> codes = Arrays.stream(Status.values()).map(Status::code).toList();
        assertEquals(Status.values().length, Set.copyOf(codes).size(), "distinct: " + codes);
        for (Status status : Status.values()) {
            assertTrue(status.code().matches("[a-z]+(-[a-z]+)*"), "a class name: " + status.code());
            assertTrue(status.label().matches("\\p{Lu}.*\\p{L}"), "a word or more: " + status.label());
        }
    }

    private static Point point(String value, Comparison comparison) {
        return new Point(2025, null, new java.math.BigDecimal(value), TARGET, comparison, null, null);
    }
}
