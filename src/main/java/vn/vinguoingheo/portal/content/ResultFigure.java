package vn.vinguoingheo.portal.content;

import java.math.BigDecimal;
import vn.vinguoingheo.portal.registry.Area;

/** One regional result: an indicator's value for an area in a year (or period). */
public record ResultFigure(
        Area area,
        String locality,
        Indicator indicator,
        Integer year,
        Period period,
        BigDecimal value,
        FigureKind kind,
        String standard,
        SourceRef source,
        String note,
        Location location) {

    public enum FigureKind {
        ACTUAL("actual", "thực tế"), TARGET("target", "mục tiêu"), ESTIMATE("estimate", "ước tính");

        private final String code;
        private final String label;

        FigureKind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** The year the figure is for: its year, or the end of its period. */
    public int endYear() {
        return year != null ? year : period.to();
    }

    /** "2022" or "2021–2025". */
    public String when() {
        return year != null ? String.valueOf(year) : period.toString();
    }
}
