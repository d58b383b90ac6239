package vn.vinguoingheo.portal.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place that decides how dates and numbers read in Vietnamese (exposed to templates as
 * {@code fmt}; charts and sentences about results use it too): dd/mm/yyyy, a decimal comma and
 * dot thousands (2,93; 1.009), and changes in percentage points in words ("giảm 1,1 điểm %").
 */
public final class ViFormat {

    /** The unit of a change between two percentages; values in it read as "giảm …" or "tăng …". */
    public static final String PERCENTAGE_POINTS = "điểm %";

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

    /**
     * A number with its unit: "2,93%", "1.009 hộ". A change in percentage points reads as words,
     * "giảm 1,1 điểm %", "tăng 0,5 điểm %", "không đổi", since a bare minus sign is easily missed.
     */
    public String quantity(BigDecimal value, String unit) {
        if (PERCENTAGE_POINTS.equals(unit) && value != null) {
            return change(value, unit);
        }
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return number(value) + (unit.equals("%") ? "" : " ") + unit;
    }

    /** A change in words: "giảm 1,1 điểm %", "tăng 8 mô hình", "không đổi". */
    public String change(BigDecimal value, String unit) {
        int sign = value.signum();
        if (sign == 0) {
            return "không đổi";
        }
        String amount = number(value.abs()) + (unit == null || unit.isBlank() ? "" : (unit.equals("%") ? "" : " ") + unit);
        return (sign < 0 ? "giảm " : "tăng ") + amount;
    }

    /** A value as a chart labels it: the number, with "%" when that is the unit (other units go on the axis). */
    public String compact(BigDecimal value, String unit) {
        return number(value) + ("%".equals(unit) ? "%" : "");
    }
}
