package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.RATE_CHANGE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Period;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.Target.Comparison;
import vn.vinguoingheo.portal.results.TargetCheck.Status;

class FigureCardTest {

    private static FigureCard card(Series level, Series change) {
        SeriesKey key = level != null ? level.key() : change.key();
        return FigureCard.of(RATE, key, level, RATE_CHANGE, change, "Cả nước");
    }

    @Test
    void theChangeOfTheSameYearIsSaidWithTheValueAndTheOthersListed() {
        Series level = Fixtures.series(RATE, "vn", 2023, "2.93", ESTIMATE);
        Series change = Fixtures.series(RATE_CHANGE, "vn", 2022, "-1.2", ACTUAL, 2023, "-1.1", ESTIMATE);
        FigureCard card = card(level, change);
        assertEquals("2,93%", card.value());
        assertEquals("năm 2023 (ước tính)", card.when());
        assertEquals("giảm 1,1 điểm %", card.change());
        assertTrue(card.changeReported());
        assertEquals(List.of("giảm 1,2 điểm % năm 2022"), card.otherChanges());
        assertEquals("2,93% năm 2023 (ước tính), giảm 1,1 điểm %; mức thay đổi giảm 1,2 điểm % năm 2022", card.sentence());
    }

    @Test
    void aChangeOverAPeriodSaysSinceWhen() {
        Series level = Fixtures.series(RATE, "ha-tinh", 2020, "3.44", ACTUAL, 2022, "3.01", ACTUAL);
        SeriesBuilder builder = new SeriesBuilder(RATE_CHANGE);
        builder.add(new ResultFigure(Fixtures.area("ha-tinh"), null, RATE_CHANGE, null, new Period(2020, 2022), new BigDecimal("-0.43"),
                ACTUAL, null, Fixtures.ARTICLE, null, null));
        FigureCard card = card(level, builder.build(k -> "Hà Tĩnh").get(0));
        assertEquals("giảm 0,43 điểm % so với cuối 2020", card.change());
        assertEquals(List.of(), card.otherChanges());
    }

    @Test
    void withoutAChangeFigureTheMoveSinceThePreviousValueIsWorkedOut() {
        FigureCard card = card(Fixtures.series(RATE, "ba-ria-vung-tau", 2020, "2.04", ACTUAL, 2022, "1.51", ACTUAL), null);
        assertEquals("giảm 0,53 điểm % so với năm 2020", card.change());
        assertFalse(card.changeReported(), "a line shows it already");
        assertNull(card(Fixtures.series(RATE, "vn", 2023, "2.93", ESTIMATE), null).change(), "one value, no change known");
    }

    @Test
    void onlyTargetsMakeACardWithoutAValueWhoseTargetsShareABadge() {
        SeriesBuilder builder = new SeriesBuilder(RATE_CHANGE);
        for (int year = 2023; year <= 2025; year++) {
            builder.add(Fixtures.target(RATE_CHANGE, "bac-lieu", year, "-1", Comparison.CHANGE), Fixtures.ARTICLE);
        }
        Series changes = builder.build(k -> "Bạc Liêu").get(0);
        SeriesBuilder levelBuilder = new SeriesBuilder(RATE);
        levelBuilder.add(Fixtures.target(RATE, "bac-lieu", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE);
        FigureCard card = card(levelBuilder.build(k -> "Bạc Liêu").get(0), changes);
        assertNull(card.value());
        assertNull(card.sentence());
        assertEquals(4, card.targets().size(), "the level's target, then its change's");
        assertEquals(List.of(Status.NO_DATA), card.verdicts().stream().map(FigureCard.Verdict::status).toList());
        assertEquals(List.of("≤ 1% năm 2025", "giảm 1 điểm % năm 2023", "giảm 1 điểm % năm 2024", "giảm 1 điểm % năm 2025"),
                card.verdicts().get(0).targets().stream().map(TargetCheck::goal).toList());
    }

    @Test
    void aTargetJudgedByAnotherValueThanTheCardsSaysWhich() {
        Series level = new SeriesBuilder(RATE)
                .add(Fixtures.actual(RATE, "bac-lieu", 2022, "2.5"))
                .add(Fixtures.actual(RATE, "bac-lieu", 2024, "1.5"))
                .add(Fixtures.target(RATE, "bac-lieu", 2022, "2", Comparison.AT_MOST), Fixtures.ARTICLE)
                .add(Fixtures.target(RATE, "bac-lieu", 2025, "1", Comparison.AT_MOST), Fixtures.ARTICLE)
                .build(k -> "Bạc Liêu").get(0);
        Series change = new SeriesBuilder(RATE_CHANGE)
                .add(Fixtures.target(RATE_CHANGE, "bac-lieu", 2025, "-1", Comparison.CHANGE), Fixtures.ARTICLE)
                .build(k -> "Bạc Liêu").get(0);
        FigureCard card = card(level, change);
        assertEquals("1,5%", card.value());
        List<String> judgedBy = card.targets().stream().map(card::judgedBy).toList();
        assertEquals(Arrays.asList("thực tế 2022: 2,5%", null, null), judgedBy,
                "the 2022 target by the 2022 value; the 2025 one by the card's own 2024 value; the change's by none");
    }
}
