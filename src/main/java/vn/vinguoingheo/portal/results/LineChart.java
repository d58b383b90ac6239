package vn.vinguoingheo.portal.results;

import static vn.vinguoingheo.portal.results.Svg.num;
import static vn.vinguoingheo.portal.results.Svg.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.vinguoingheo.portal.content.Target.Comparison;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * Draws an indicator's series as an inline SVG line chart, years across, values up. Years are a
 * linear scale, so a missing year leaves a visible gap; a lone point sits in the middle. Series
 * differ by colour and by marker shape; an estimate is a hollow marker labelled "≈", a target a
 * hollow marker on a bar, labelled "MT" and joined by a dashed line. More series than there are
 * colours (the 34 provinces on the national page) would be a tangle in repeated colours: then
 * the country's series stands out and the others are thin grey lines behind it, unlabelled,
 * their figures in the table under the chart (all are grey when the country has no series: none
 * is picked at random); their targets are left to the table too. Output depends only on the input.
 */
public final class LineChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 220;
    static final int TOP = 30;
    static final int BOTTOM = HEIGHT - 28;
    static final int RIGHT = WIDTH - 14;
    /** Up to this many years every point is labelled with its value; beyond, only each series' last ones. */
    static final int LABEL_ALL_UP_TO_YEARS = 6;

    /** Colours with at least 4.5:1 contrast on white, so lines, markers and labels in them stay legible. */
    private static final List<String> COLOURS = List.of("#a4161a", "#0b5394", "#1d6b30", "#6b3fa0", "#8a4b00", "#00686e");
    private static final String MUTED = "#4f5b66";
    /** The lines of series shown only for context, behind the ones that stand out: 3:1 against white, as graphics need. */
    private static final String CONTEXT = "#8a95a1";
    private static final String GRID = "#d8dde2";
    private static final String DASH = "6 4";
    private static final double CHAR_WIDTH = 6.6;
    /**
     * A value label's width per character, taken from the widest common font: labels are bold, and
     * DejaVu Sans Bold (Linux's usual sans-serif) draws a digit 8.4 units wide where Arial draws 6.7.
     */
    static final double LABEL_CHAR_WIDTH = 8;
    /** Space kept around a label's box, so that the white halos (see the stylesheet) of two labels do not merge. */
    static final double LABEL_MARGIN = 1;
    private static final ViFormat FMT = new ViFormat();

    private final String unit;
    private final List<Series> series;
    /** The series drawn in colour, with markers and labels: the first {@code shown} of {@link #series}. */
    private final int shown;
    private final int firstYear;
    private final int lastYear;
    private final List<BigDecimal> ticks;
    private final double left;

    private LineChart(String unit, List<Series> series) {
        this.unit = unit;
        this.series = series;
        this.shown = series.size() <= COLOURS.size() ? series.size()
                : (int) series.stream().takeWhile(s -> s.key().area().isNational() && s.key().locality() == null).count();
        // The scales span what is drawn: a grey series' targets are not, so they must not stretch them.
        List<Point> drawn = Stream.concat(shownPoints(), series.subList(shown, series.size()).stream().flatMap(s -> s.observed().stream()))
                .toList();
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        this.firstYear = drawn.stream().mapToInt(Point::year).min().orElseThrow();
        this.lastYear = drawn.stream().mapToInt(Point::year).max().orElseThrow();
        BigDecimal min = drawn.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal max = drawn.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        this.ticks = Ticks.of(min, max, 4);
        int widestTick = ticks.stream().mapToInt(t -> FMT.number(t).length()).max().orElse(1);
        this.left = Math.round(12 + widestTick * CHAR_WIDTH);
    }

    /**
     * @param id an id unique in the page; the title and description get {@code id-t} and {@code id-d}
     * @param title the accessible name, e.g. "Biểu đồ Tỷ lệ hộ nghèo"
     * @param unit the indicator's unit, shown on the axis
     * @param series at least one series with at least one point
     */
    public static Chart draw(String id, String title, String unit, List<Series> series) {
        LineChart chart = new LineChart(unit, series);
        return new Chart(chart.svg(id, title), chart.legend(), chart.key());
    }

    /** The points a series puts on the chart: its observed values (one a year) and its targets. */
    private static Stream<Point> drawn(Series s) {
        return Stream.concat(s.observed().stream(), s.targets().stream());
    }

    /** Positions are whole units of a 360-wide picture: finer adds bytes, not sharpness. */
    private double x(int year) {
        double span = lastYear - firstYear + 1;
        return Math.round(left + (year - firstYear + 0.5) * (RIGHT - left) / span);
    }

    private double y(BigDecimal value) {
        double lo = ticks.get(0).doubleValue();
        double hi = ticks.get(ticks.size() - 1).doubleValue();
        return Math.round(BOTTOM - (value.doubleValue() - lo) * (BOTTOM - TOP) / (hi - lo));
    }

    private String svg(String id, String title) {
        StringBuilder svg = new StringBuilder(2048);
        // No xmlns: inline in HTML, the parser puts <svg> in the SVG namespace.
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(text(id)).append("-t ").append(text(id)).append("-d\"")
                .append(" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(text(id)).append("-t\">").append(text(title)).append("</title>")
                .append("<desc id=\"").append(text(id)).append("-d\">").append(text(description())).append("</desc>");
        axes(svg);
        for (Series context : series.subList(shown, series.size())) {
            drawContext(svg, context);
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            drawSeries(svg, i, labels);
        }
        drawLabels(svg, labels);
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg) {
        StringBuilder grid = new StringBuilder();
        StringBuilder values = new StringBuilder();
        String zero = null;
        for (BigDecimal tick : ticks) {
            String y = num(y(tick));
            if (tick.signum() == 0) {
                zero = y;
            } else {
                grid.append('M').append(num(left)).append(' ').append(y).append('H').append(RIGHT);
            }
            values.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(y(tick) + 4)).append("\">")
                    .append(text(FMT.number(tick))).append("</text>");
        }
        // Never empty: the ticks span at least two values, so one of them is not zero.
        svg.append("<path d=\"").append(grid).append("\" stroke=\"").append(GRID).append("\"/>");
        svg.append("<path d=\"M").append(num(left)).append(' ').append(zero).append('H').append(RIGHT)
                .append("\" stroke=\"").append(MUTED).append("\"/>");
        svg.append("<g fill=\"").append(MUTED).append("\" text-anchor=\"end\">").append(values).append("</g>");
        svg.append("<g fill=\"").append(MUTED).append("\" text-anchor=\"middle\">");
        int step = Math.max(1, (int) Math.ceil((lastYear - firstYear + 1) / 8.0));
        for (int year = firstYear; year <= lastYear; year += step) {
            svg.append("<text x=\"").append(num(x(year))).append("\" y=\"").append(HEIGHT - 8).append("\">").append(year)
                    .append("</text>");
        }
        svg.append("</g>");
        if (unit != null && !unit.isBlank()) {
            svg.append("<text x=\"0\" y=\"14\" fill=\"").append(MUTED).append("\">Đơn vị: ").append(text(unit)).append("</text>");
        }
    }

    /** The points of the series drawn in colour, the ones with markers and labels. */
    private Stream<Point> shownPoints() {
        return series.subList(0, shown).stream().flatMap(LineChart::drawn);
    }

    /** A series behind the others: its observed values as a thin grey line, or dots where it has one. */
    private void drawContext(StringBuilder svg, Series s) {
        List<Point> observed = s.observed();
        if (observed.size() > 1) {
            svg.append("<path fill=\"none\" stroke=\"").append(CONTEXT).append("\" stroke-width=\"1.25\" d=\"")
                    .append(line(observed)).append("\"/>");
        } else if (observed.size() == 1) {
            Point p = observed.get(0);
            svg.append("<circle cx=\"").append(num(x(p.year()))).append("\" cy=\"").append(num(y(p.value())))
                    .append("\" r=\"2\" fill=\"").append(CONTEXT).append("\"/>");
        }
    }

    private void drawSeries(StringBuilder svg, int index, List<Label> labels) {
        Series s = series.get(index);
        String colour = colour(index);
        Marker marker = Marker.of(index);
        List<Point> observed = s.observed();
        List<Point> targets = s.targets();
        svg.append("<g stroke=\"").append(colour).append("\" fill=\"").append(colour).append("\" stroke-width=\"2\">");
        if (observed.size() > 1) {
            svg.append("<path fill=\"none\" stroke-width=\"2.5\" d=\"").append(line(observed)).append("\"/>");
        }
        List<Point> targetPath = new ArrayList<>();
        if (!targets.isEmpty()) {
            observed.stream().filter(p -> p.year() < targets.get(0).year()).reduce((a, b) -> b).ifPresent(targetPath::add);
            targetPath.addAll(targets);
        }
        if (targetPath.size() > 1) {
            svg.append("<path fill=\"none\" stroke-dasharray=\"").append(DASH).append("\" d=\"").append(line(targetPath))
                    .append("\"/>");
        }
        for (Point p : observed) {
            svg.append(marker.draw(x(p.year()), y(p.value()), p.isEstimate()));
        }
        for (Point p : targets) {
            double x = x(p.year());
            double y = y(p.value());
            svg.append("<path d=\"M").append(num(x - 9)).append(' ').append(num(y)).append('h').append(18).append("\"/>");
            svg.append(marker.draw(x, y, true));
        }
        svg.append("</g>");
        boolean labelAll = lastYear - firstYear + 1 <= LABEL_ALL_UP_TO_YEARS;
        for (int i = 0; i < observed.size(); i++) {
            if (labelAll || i == observed.size() - 1) {
                labels.add(label(observed.get(i), colour));
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            if (labelAll || i == targets.size() - 1) {
                labels.add(label(targets.get(i), colour));
            }
        }
    }

    private String line(List<Point> points) {
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(d.isEmpty() ? 'M' : 'L').append(num(x(p.year()))).append(' ').append(num(y(p.value())));
        }
        return d.toString();
    }

    /** A value label, centred above its point. */
    private record Label(int year, double x, double y, String text, String colour) {
    }

    private Label label(Point p, String colour) {
        String value = FMT.compact(p.value(), unit);
        String text;
        if (p.isTarget()) {
            boolean symbol = p.comparison() == Comparison.AT_MOST || p.comparison() == Comparison.AT_LEAST;
            text = "MT " + (symbol && p.value().signum() != 0 ? p.comparison().symbol() + " " : "") + value;
        } else {
            text = p.isEstimate() ? "≈ " + value : value;
        }
        return new Label(p.year(), x(p.year()), y(p.value()), text, colour);
    }

    /**
     * Labels sit above their points, else below, right or left of them, else above the chart's
     * topmost label, never covering another label or any marker, nor leaving the chart or reaching
     * the years under the axis; a label with no such place is left out.
     */
    private void drawLabels(StringBuilder svg, List<Label> labels) {
        // The stylesheet gives labels a white halo (class "labels") so that they stay legible over lines.
        svg.append("<g class=\"labels\" font-weight=\"600\" text-anchor=\"middle\">");
        List<double[]> taken = new ArrayList<>();
        shownPoints().forEach(p -> taken.add(new double[] {x(p.year()) - 6, x(p.year()) + 6, y(p.value()) - 6, y(p.value()) + 6}));
        List<Label> ordered = new ArrayList<>(labels);
        ordered.sort(Comparator.comparingInt(Label::year).thenComparingDouble(Label::y));
        for (Label l : ordered) {
            double half = l.text().length() * LABEL_CHAR_WIDTH / 2;
            double[] spot = place(l.x(), l.y(), half, taken);
            if (spot == null) {
                continue; // no room left in the chart: the value is in the table under it and in the description
            }
            svg.append("<text x=\"").append(num(spot[0])).append("\" y=\"").append(num(spot[1])).append("\" fill=\"")
                    .append(l.colour()).append("\">").append(text(l.text())).append("</text>");
        }
        svg.append("</g>");
    }

    /** The centre and baseline of a label {@code 2 * half} wide for a point at (x, y), its box put into {@code taken}; null when none fits. */
    private double[] place(double x, double y, double half, List<double[]> taken) {
        double top = taken.stream().mapToDouble(t -> t[2]).min().orElse(y);
        double[][] spots = {{x, y - 9}, {x, y + 18}, {x + half + 8, y + 4}, {x - half - 8, y + 4}, {x, top - 3}};
        for (double[] spot : spots) {
            double cx = Math.min(Math.max(spot[0], left + half), WIDTH - 2 - half);
            double[] box = {cx - half - LABEL_MARGIN, cx + half + LABEL_MARGIN, spot[1] - 10 - LABEL_MARGIN, spot[1] + 2 + LABEL_MARGIN};
            boolean fits = box[2] >= 0 && box[3] <= HEIGHT - 20
                    && taken.stream().noneMatch(t -> t[0] < box[1] && box[0] < t[1] && t[2] < box[3] && box[2] < t[3]);
            if (fits) {
                taken.add(box);
                return new double[] {cx, spot[1]};
            }
        }
        return null;
    }

    /** What the chart shows, for those who cannot see it: the years, and each series' latest value and last target. */
    private String description() {
        StringBuilder d = new StringBuilder("Biểu đồ đường theo năm, ").append(firstYear)
                .append(lastYear > firstYear ? "–" + lastYear : "").append('.');
        for (Series s : series) {
            List<String> parts = new ArrayList<>();
            s.latestObserved().ifPresent(p -> parts.add(FMT.quantity(p.value(), unit) + " năm " + p.when()
                    + (p.isEstimate() ? " (ước tính)" : "")));
            List<Point> targets = s.targets();
            if (!targets.isEmpty()) {
                Point last = targets.get(targets.size() - 1);
                parts.add("mục tiêu " + TargetCheck.goal(last, unit) + " năm " + last.year());
            }
            d.append(' ').append(s.label()).append(": ").append(String.join("; ", parts)).append('.');
        }
        return d.toString();
    }

    private List<Chart.LegendEntry> legend() {
        List<Chart.LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            entries.add(new Chart.LegendEntry(series.get(i).label(), swatch(colour(i), Marker.of(i))));
        }
        int others = series.size() - shown;
        if (others > 0) {
            entries.add(new Chart.LegendEntry("Màu xám: " + others + " dãy số" + (shown > 0 ? " khác" : "") + ", số liệu ở bảng",
                    "<svg width=\"30\" height=\"14\" aria-hidden=\"true\"><path d=\"M1 7H29\" stroke=\"" + CONTEXT
                            + "\" stroke-width=\"1.25\"/></svg>"));
        }
        return entries;
    }

    /** What fills, marks and dashes mean, for the kinds of points present. */
    private String key() {
        List<Point> all = shownPoints().toList();
        List<String> key = new ArrayList<>();
        if (all.stream().anyMatch(p -> !p.isTarget() && !p.isEstimate())) {
            key.add("điểm đặc: thực tế");
        }
        if (all.stream().anyMatch(Point::isEstimate)) {
            key.add("điểm rỗng, “≈”: ước tính");
        }
        if (all.stream().anyMatch(Point::isTarget)) {
            key.add("“MT”, gạch ngang, nét đứt: mục tiêu");
        }
        if (key.isEmpty()) {
            key.add("mỗi đường xám là số liệu thực tế và ước tính của một dãy số");
        }
        return String.join("; ", key) + ".";
    }

    /** A small decorative picture of a series: its colour and marker on a line. */
    private static String swatch(String colour, Marker marker) {
        return "<svg width=\"30\" height=\"14\" aria-hidden=\"true\"><g stroke=\"" + colour + "\" fill=\"" + colour
                + "\" stroke-width=\"2\"><path d=\"M1 7H29\"/>" + marker.draw(15, 7, false) + "</g></svg>";
    }

    private static String colour(int seriesIndex) {
        return COLOURS.get(seriesIndex % COLOURS.size());
    }
}
