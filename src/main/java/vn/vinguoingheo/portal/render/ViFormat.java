package vn.vinguoingheo.portal.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Vietnamese formats for templates (exposed as {@code fmt}): dates as dd/mm/yyyy, numbers with
 * a decimal comma and dot thousands (2,93; 1.009).
 */
public final class ViFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));

    static {
        SYMBOLS.setDecimalSeparator(',');
        SYMBOLS.setGroupingSeparator('.');
        SYMBOLS.setMinusSign('−');
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** ISO date-time at midnight UTC, for Atom and sitemaps. */
    public String isoDateTime(LocalDate date) {
        return date + "T00:00:00Z";
    }

    public String isoDate(LocalDate date) {
        return date.toString();
    }

    /** "2,93", "1.009", "−1,1": as many decimals as the source gave, no more. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setMinimumFractionDigits(Math.max(0, plain.scale()));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain);
    }

    /** A number with its unit: "2,93%", "1.009 hộ". */
    public String quantity(BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return number(value) + (unit.equals("%") ? "" : " ") + unit;
    }
}
