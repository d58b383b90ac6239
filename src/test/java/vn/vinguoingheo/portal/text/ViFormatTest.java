package vn.vinguoingheo.portal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViFormatTest {

    private final ViFormat fmt = new ViFormat();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2.93 | 2,93", "1009 | 1.009", "1234567.5 | 1.234.567,5", "3.40 | 3,4", "-1.1 | −1,1", "0 | 0", "0.000 | 0",
            "1E+3 | 1.000"})
    void numbersUseADecimalCommaDotThousandsAndTheSourcesDecimals(String value, String expected) {
        assertEquals(expected, fmt.number(new BigDecimal(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2.93 | % | 2,93%", "1009 | hộ | 1.009 hộ", "33 | mô hình | 33 mô hình", "-1.1 | điểm % | giảm 1,1 điểm %",
            "0.5 | điểm % | tăng 0,5 điểm %", "0 | điểm % | không đổi", "7 | '' | 7"})
    void quantitiesCarryTheirUnitAndChangesInPointsReadAsWords(String value, String unit, String expected) {
        assertEquals(expected, fmt.quantity(new BigDecimal(value), unit));
    }

    @Test
    void changesInOtherUnitsReadAsWordsToo() {
        assertEquals("tăng 8 mô hình", fmt.change(new BigDecimal("8"), "mô hình"));
        assertEquals("giảm 1%", fmt.change(new BigDecimal("-1"), "%"));
    }

    @Test
    void chartLabelsKeepOnlyThePercentSign() {
        assertEquals("1,51%", fmt.compact(new BigDecimal("1.51"), "%"));
        assertEquals("1.009", fmt.compact(new BigDecimal("1009"), "hộ"));
        assertEquals("−1,5", fmt.compact(new BigDecimal("-1.5"), "điểm %"));
    }

    @Test
    void formattingDoesNotDependOnTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("1.234,5", fmt.number(new BigDecimal("1234.5")));
            assertEquals("02/06/2022", fmt.date(LocalDate.of(2022, 6, 2)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void isoDatesForFeedsAndSitemaps() {
        assertEquals("2023-04-06", fmt.isoDate(LocalDate.of(2023, 4, 6)));
        assertEquals("2023-04-06T00:00:00Z", fmt.isoDateTime(LocalDate.of(2023, 4, 6)));
    }
}
