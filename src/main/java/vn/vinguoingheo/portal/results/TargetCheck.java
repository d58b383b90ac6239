package vn.vinguoingheo.portal.results;

import java.math.BigDecimal;
import java.util.List;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Target.Comparison;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * A target set against the series it belongs to, stated in words: "mục tiêu ≤ 1% năm 2025;
 * thực tế 2022: 1,51%", and whether the value compared (the target year's, else the latest)
 * meets it, using the indicator's better direction.
 *
 * @param compared the actual or estimated value the target is judged by, or null when there is none
 * @param previous the value before {@code compared}, to tell whether things are moving the right way; may be null
 */
public record TargetCheck(Indicator indicator, Series series, Point target, Point compared, Point previous, Status status) {

    private static final ViFormat FMT = new ViFormat();

    /** Where a target stands; the label is what readers see, the code names a style. */
    public enum Status {
        MET("met", "Đã đạt"),
        IMPROVING("improving", "Chưa đạt, đang tiến bộ"),
        BEHIND("behind", "Chưa đạt"),
        MISSED("missed", "Không đạt"),
        NO_DATA("no-data", "Chưa có số liệu");

        private final String code;
        private final String label;

        Status(String code, String label) {
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

    public static TargetCheck of(Indicator indicator, Series series, Point target) {
        List<Point> observed = series.observed();
        Point compared = observed.stream().filter(p -> p.year() == target.year()).findFirst()
                .orElse(observed.isEmpty() ? null : observed.get(observed.size() - 1));
        Point previous = compared == null ? null
                : observed.stream().filter(p -> p.year() < compared.year()).reduce((a, b) -> b).orElse(null);
        return new TargetCheck(indicator, series, target, compared, previous, status(indicator, target, compared, previous));
    }

    private static Status status(Indicator indicator, Point target, Point compared, Point previous) {
        if (compared == null) {
            return Status.NO_DATA;
        }
        if (meets(indicator, target, compared.value())) {
            return Status.MET;
        }
        if (compared.year() >= target.year()) {
            return Status.MISSED;
        }
        return previous != null && better(indicator, compared.value(), previous.value()) ? Status.IMPROVING : Status.BEHIND;
    }

    /** Whether {@code value} meets the target: as its comparison says, or at least as good in the better direction. */
    static boolean meets(Indicator indicator, Point target, BigDecimal value) {
        int c = value.compareTo(target.value());
        return switch (target.comparison()) {
            case AT_MOST -> c <= 0;
            case AT_LEAST -> c >= 0;
            case EQUAL, CHANGE -> indicator.better() == Indicator.Better.LOWER ? c <= 0 : c >= 0;
        };
    }

    private static boolean better(Indicator indicator, BigDecimal value, BigDecimal than) {
        int c = value.compareTo(than);
        return indicator.better() == Indicator.Better.LOWER ? c < 0 : c > 0;
    }

    /** The target's value as tables and chart labels show it: "≤ 1%", "100%", "giảm 1,5 điểm %". */
    public static String goal(Point target, String unit) {
        Comparison comparison = target.comparison();
        if (comparison == Comparison.CHANGE || ViFormat.PERCENTAGE_POINTS.equals(unit)) {
            return FMT.change(target.value(), unit);
        }
        String quantity = FMT.quantity(target.value(), unit);
        // "≤ 0%" says no more than "0%".
        return comparison == Comparison.EQUAL || target.value().signum() == 0 ? quantity : comparison.symbol() + " " + quantity;
    }

    /** "≤ 1% năm 2025". */
    public String goal() {
        return goal(target, indicator.unit()) + " năm " + target.year();
    }

    /** "thực tế 2022: 1,51%", "ước tính 2023: 2,93%", or that there is no value to compare with. */
    public String actual() {
        if (compared == null) {
            return "chưa có số liệu thực tế";
        }
        return compared.kind().label() + " " + compared.when() + ": " + FMT.quantity(compared.value(), indicator.unit());
    }

    /** "mục tiêu ≤ 1% năm 2025; thực tế 2022: 1,51%". */
    public String sentence() {
        return "mục tiêu " + goal() + "; " + actual();
    }

    /** How the value compared moved since the one before, when there is one: "giảm 0,53 điểm % so với năm 2020". */
    public String movement() {
        if (previous == null) {
            return null;
        }
        BigDecimal difference = compared.value().subtract(previous.value());
        String unit = "%".equals(indicator.unit()) ? ViFormat.PERCENTAGE_POINTS : indicator.unit();
        return FMT.change(difference, unit) + " so với năm " + previous.year();
    }
}
