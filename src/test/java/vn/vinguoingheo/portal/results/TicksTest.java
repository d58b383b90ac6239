package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 | 0.7 | 0 0.2 0.4 0.6 0.8",
            "0 | 2.93 | 0 1 2 3",
            "0 | 1009 | 0 500 1000 1500",
            "-5.62 | 0 | -6 -4 -2 0",
            "-1.2 | 0 | -1.5 -1 -0.5 0",
            "0 | 0 | 0 0.25 0.5 0.75 1",
            "30 | 30 | 0 10 20 30",
            "-3 | -3 | -3 -2 -1 0"})
    void ticksAreRoundExactAndCoverTheValues(String min, String max, String expected) {
        List<String> ticks = Ticks.of(new BigDecimal(min), new BigDecimal(max), 4).stream().map(BigDecimal::toPlainString).toList();
        assertEquals(List.of(expected.split(" ")), ticks);
    }
}
