package vn.vinguoingheo.portal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.ResultFigure.FigureKind;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.content.Target.Comparison;

/**
 * Turns one indicator's result figures and decision targets into series. A figure of kind
 * {@code target} is to be met in the indicator's better direction (≤ when lower is better); a
 * decision's target joins the series of its area whose latest value is newest, whatever its
 * standard, since decisions do not name one.
 */
public final class SeriesBuilder {

    private final Indicator indicator;
    private final Map<SeriesKey, List<Point>> points = new TreeMap<>(SeriesKey.ORDER);
    private final List<DecisionTarget> decisionTargets = new ArrayList<>();

    private record DecisionTarget(Target target, SourceRef decision) {
    }

    public SeriesBuilder(Indicator indicator) {
        this.indicator = indicator;
    }

    public SeriesBuilder add(ResultFigure figure) {
        requireIndicator(figure.indicator());
        Comparison comparison = figure.kind() == FigureKind.TARGET ? impliedComparison(indicator) : null;
        Integer from = figure.period() == null ? null : figure.period().from();
        Point point = new Point(figure.endYear(), from, figure.value(), figure.kind(), comparison, figure.source(), figure.note());
        points.computeIfAbsent(new SeriesKey(figure.area(), figure.locality(), figure.standard()), k -> new ArrayList<>()).add(point);
        return this;
    }

    /** @param decision the decision that set the target, as a source (its title, issuer, date and page) */
    public SeriesBuilder add(Target target, SourceRef decision) {
        requireIndicator(target.indicator());
        decisionTargets.add(new DecisionTarget(target, decision));
        return this;
    }

    /** The series in {@link SeriesKey#ORDER}, each named by {@code label}. */
    public List<Series> build(Function<SeriesKey, String> label) {
        Map<SeriesKey, List<Point>> all = new TreeMap<>(SeriesKey.ORDER);
        points.forEach((key, list) -> all.put(key, new ArrayList<>(list)));
        for (DecisionTarget d : decisionTargets) {
            all.computeIfAbsent(seriesFor(d.target()), k -> new ArrayList<>()).add(Point.of(d.target(), d.decision()));
        }
        return all.entrySet().stream().map(e -> new Series(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    /** The comparison a result figure of kind target implies: progress is in the better direction. */
    private static Comparison impliedComparison(Indicator indicator) {
        return indicator.better() == Indicator.Better.LOWER ? Comparison.AT_MOST : Comparison.AT_LEAST;
    }

    private SeriesKey seriesFor(Target target) {
        Comparator<Map.Entry<SeriesKey, List<Point>>> newest = Comparator.comparingInt(e -> latestObservedYear(e.getValue()));
        Optional<SeriesKey> observed = points.entrySet().stream()
                .filter(e -> e.getKey().area().equals(target.area()) && e.getKey().locality() == null)
                .filter(e -> latestObservedYear(e.getValue()) > Integer.MIN_VALUE)
                .max(newest.thenComparing(Map.Entry::getKey, SeriesKey.ORDER.reversed()))
                .map(Map.Entry::getKey);
        return observed.orElse(new SeriesKey(target.area(), null, null));
    }

    private static int latestObservedYear(List<Point> list) {
        return list.stream().filter(p -> !p.isTarget()).mapToInt(Point::year).max().orElse(Integer.MIN_VALUE);
    }

    private void requireIndicator(Indicator other) {
        if (!indicator.equals(other)) {
            throw new IllegalArgumentException("figure of " + other.code() + " added to series of " + indicator.code());
        }
    }
}
