package vn.vinguoingheo.portal.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * One series told in words instead of drawn, for an indicator with too few values for a line:
 * the latest value with its year, kind and area, the change since the value before, and the
 * targets with their verdicts. An indicator that is the change of this one ({@code change_of})
 * is told here too: its figure for the latest value's year is that value's change ("giảm 1,1
 * điểm %"), its other figures are listed ("giảm 1,2 điểm % năm 2022"), its targets join the card's.
 *
 * @param key the series it tells (the indicator's, or its change's when the indicator has none here)
 * @param label the series' area, locality and standard as charts and tables name it
 * @param latest the latest actual or estimated value, or null when the series has only changes or targets
 * @param change how {@code latest} moved: "giảm 0,43 điểm % so với cuối 2020"; null when not known
 * @param changeReported whether {@code change} is a figure of the change indicator rather than worked out from
 *                       the value before (which a chart already shows as a line)
 * @param otherChanges the change indicator's other figures for this series, in year order
 * @param targets the indicator's and its change's targets for this series, each judged
 */
public record FigureCard(Indicator indicator, SeriesKey key, String label, Point latest, String change, boolean changeReported,
                         List<String> otherChanges,
                         List<TargetCheck> targets) {

    private static final ViFormat FMT = new ViFormat();

    /**
     * @param series the indicator's series, or null when only its change has figures here
     * @param changeIndicator the indicator that is the change of {@code indicator}, or null
     * @param changes that indicator's series with the same key, or null
     */
    public static FigureCard of(Indicator indicator, SeriesKey key, Series series, Indicator changeIndicator, Series changes,
                                String label) {
        List<Point> observed = series == null ? List.of() : series.observed();
        Point latest = observed.isEmpty() ? null : observed.get(observed.size() - 1);
        List<Point> changePoints = changes == null ? List.of() : changes.observed();
        Point sameYear = latest == null ? null
                : changePoints.stream().filter(p -> p.year() == latest.year()).findFirst().orElse(null);
        String change = null;
        if (sameYear != null) {
            change = FMT.change(sameYear.value(), changeIndicator.unit())
                    + (sameYear.fromYear() == null ? "" : " so với cuối " + sameYear.fromYear());
        } else if (observed.size() > 1) {
            Point previous = observed.get(observed.size() - 2);
            String unit = "%".equals(indicator.unit()) ? ViFormat.PERCENTAGE_POINTS : indicator.unit();
            BigDecimal difference = latest.value().subtract(previous.value());
            change = FMT.change(difference, unit) + " so với năm " + previous.year();
        }
        List<String> others = new ArrayList<>();
        for (Point p : changePoints) {
            if (p != sameYear) {
                others.add(FMT.change(p.value(), changeIndicator.unit()) + " " + (p.fromYear() == null ? "năm " + p.year()
                        : "từ cuối " + p.fromYear() + " đến cuối " + p.year()) + (p.isEstimate() ? " (ước tính)" : ""));
            }
        }
        List<TargetCheck> targets = new ArrayList<>();
        if (series != null) {
            series.targets().forEach(t -> targets.add(TargetCheck.of(indicator, series, t)));
        }
        if (changes != null) {
            changes.targets().forEach(t -> targets.add(TargetCheck.of(changeIndicator, changes, t)));
        }
        return new FigureCard(indicator, key, label, latest, change, sameYear != null, List.copyOf(others), List.copyOf(targets));
    }

    /** "2,93%", "1.009 hộ"; null when there is no value. */
    public String value() {
        return latest == null ? null : FMT.quantity(latest.value(), indicator.unit());
    }

    /** "năm 2023 (ước tính)", "2020–2022". */
    public String when() {
        return latest == null ? null : "năm " + latest.when() + (latest.isEstimate() ? " (ước tính)" : "");
    }

    /** Targets of one verdict, said together after a single badge. */
    public record Verdict(TargetCheck.Status status, List<TargetCheck> targets) {
    }

    /** The targets grouped by verdict, in the order each verdict first comes; targets keep their order. */
    public List<Verdict> verdicts() {
        Map<TargetCheck.Status, List<TargetCheck>> by = new LinkedHashMap<>();
        targets.forEach(t -> by.computeIfAbsent(t.status(), k -> new ArrayList<>()).add(t));
        return by.entrySet().stream().map(e -> new Verdict(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** What a target was judged by when that is not the card's value (a change, an earlier year): "thực tế 2022: 2,5%"; else null. */
    public String judgedBy(TargetCheck check) {
        return check.compared() == null || check.compared().equals(latest) ? null : check.actual();
    }

    /** The value and its change in one line, for beside a chart: "2,93% năm 2023 (ước tính), giảm 1,1 điểm %". */
    public String sentence() {
        List<String> parts = new ArrayList<>();
        if (latest != null) {
            parts.add(value() + " " + when() + (change == null ? "" : ", " + change));
        }
        parts.addAll(otherChanges.stream().map(c -> (latest == null ? "" : "mức thay đổi ") + c).toList());
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
