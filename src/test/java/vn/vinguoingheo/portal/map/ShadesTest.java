package vn.vinguoingheo.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShadesTest {

    private static List<BigDecimal> values(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void countsFallInFixedClasses() {
        Shades shades = Shades.counts();
        assertEquals(List.of(0, 1, 2, 2, 3, 3, 4, 4),
                values("0", "1", "2", "4", "5", "9", "10", "250").stream().map(shades::of).toList());
    }

    @Test
    void valuesAreSplitIntoUpToFourClassesOfAboutAsManyUnits() {
        Shades shades = Shades.quantiles(values("0.5", "0.50", "1.2", "2", "3.4", "4", "7.25", "9", "12"), v -> v.toPlainString() + "%");
        assertEquals(List.of("0.5% – 1.2%", "2% – 3.4%", "4% – 7.25%", "9% – 12%"), shades.labels());
        assertEquals(List.of(0, 0, 1, 2, 3), values("0.5", "1.2", "3", "7.25", "12").stream().map(shades::of).toList());
        assertEquals(4, shades.colours().size());
    }

    @Test
    void fewValuesGetAsManyClasses() {
        assertEquals(List.of("1%"), Shades.quantiles(values("1", "1.0"), v -> v.toPlainString() + "%").labels());
        assertEquals(List.of("1", "2", "3"), Shades.quantiles(values("3", "1", "2"), BigDecimal::toPlainString).labels());
    }
}
