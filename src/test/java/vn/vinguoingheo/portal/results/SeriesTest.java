package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void figuresEndingInTheSameYearGoBySinglesFirstThenTheStartOfTheirPeriod() {
        Point since2021 = point(2021, "-0.4");
        Point since2020 = point(2020, "-0.9");
        Point single = point(null, "1.5");
        Series series = new Series(new SeriesKey(Fixtures.area("ha-tinh"), null, null), "Hà Tĩnh", List.of(since2021, since2020, single));
        assertEquals(List.of(single, since2020, since2021), series.points(), "the same order whatever order they come in");
    }

    private static Point point(Integer fromYear, String value) {
        return new Point(2022, fromYear, new BigDecimal(value), ACTUAL, null, Fixtures.ARTICLE, null);
    }
}
