package vn.vinguoingheo.portal.results;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one indicator for one area, locality and standard, with the targets set for it,
 * in year order.
 *
 * @param label how charts and sentences name the series ("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh · chuẩn của tỉnh")
 */
public record Series(SeriesKey key, String label, List<Point> points) {

    private static final Comparator<Point> BY_YEAR_THEN_KIND = Comparator.comparingInt(Point::year)
            .thenComparing(Point::kind).thenComparing(p -> p.fromYear() == null ? 0 : p.fromYear());

    public Series {
        points = points.stream().sorted(BY_YEAR_THEN_KIND).toList();
    }

    /** Actual and estimated values, one a year: where a year has both, the actual one. */
    public List<Point> observed() {
        Map<Integer, Point> byYear = new LinkedHashMap<>();
        points.stream().filter(p -> !p.isTarget()).forEach(p -> byYear.merge(p.year(), p, (a, b) -> a.isEstimate() ? b : a));
        return List.copyOf(byYear.values());
    }

    public List<Point> targets() {
        return points.stream().filter(Point::isTarget).toList();
    }

    public Optional<Point> latestObserved() {
        List<Point> observed = observed();
        return observed.isEmpty() ? Optional.empty() : Optional.of(observed.get(observed.size() - 1));
    }
}
