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
 * hollow marker on a bar, labelled "MT" and joined by a dashed line. Output depends only on the input.
 */
public final class LineChart {

    static final int WIDTH = 400;
    static final int HEIGHT = 230;
    static final int TOP = 30;
    static final int BOTTOM = HEIGHT - 28;
    static final int RIGHT = WIDTH - 14;
    /** Up to this many years every point is labelled with its value; beyond, only each series' last ones. */
    static final int LABEL_ALL_UP_TO_YEARS = 6;

    /** Colours with at least 4.5:1 contrast on white, so lines, markers and labels in them stay legible. */
    private static final List<String> COLOURS = List.of("#a4161a", "#0b5394", "#1d6b30", "#6b3fa0", "#8a4b00", "#00686e");
    private static final String MUTED = "#4f5b66";
    private static final String GRID = "#d8dde2";
    private static final String DASH = "6 4";
    private static final double CHAR_WIDTH = 6.6;
    private static final ViFormat FMT = new ViFormat();

    private final String unit;
    private final List<Series> series;
    private final int firstYear;
    private final int lastYear;
    private final List<BigDecimal> ticks;
    private final double left;

    private LineChart(String unit, List<Series> series) {
        this.unit = unit;
        this.series = series;
        List<Point> drawn = series.stream().flatMap(LineChart::drawn).toList();
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        this.firstYear = drawn.stream().mapToInt(Point::year).min().orElseThrow();
        this.lastYear = drawn.stream().mapToInt(Point::year).max().orElseThrow();
        BigDecimal min = drawn.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal max = drawn.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        this.ticks = Ticks.of(min, max, 4);
        int widestTick = ticks.stream().mapToInt(t -> FMT.number(t).length()).max().orElse(1);
        this.left = 12 + widestTick * CHAR_WIDTH;
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

    double x(int year) {
        double span = lastYear - firstYear + 1;
        return left + (year - firstYear + 0.5) * (RIGHT - left) / span;
    }

    double y(BigDecimal value) {
        double lo = ticks.get(0).doubleValue();
        double hi = ticks.get(ticks.size() - 1).doubleValue();
        return BOTTOM - (value.doubleValue() - lo) * (BOTTOM - TOP) / (hi - lo);
    }

    List<BigDecimal> ticks() {
        return ticks;
    }

    private String svg(String id, String title) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(text(id)).append("-t ").append(text(id)).append("-d\"")
                .append(" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(text(id)).append("-t\">").append(text(title)).append("</title>")
                .append("<desc id=\"").append(text(id)).append("-d\">").append(text(description())).append("</desc>");
        axes(svg);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
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
        if (!grid.isEmpty()) {
            svg.append("<path d=\"").append(grid).append("\" stroke=\"").append(GRID).append("\"/>");
        }
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

    /** Labels sit above their points; labels of the same year are pushed apart so that none overlaps another. */
    private void drawLabels(StringBuilder svg, List<Label> labels) {
        svg.append("<g font-weight=\"600\" text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\"")
                .append(" paint-order=\"stroke\">");
        Map<Integer, List<Label>> byYear = new TreeMap<>();
        labels.forEach(l -> byYear.computeIfAbsent(l.year(), k -> new ArrayList<>()).add(l));
        for (List<Label> column : byYear.values()) {
            column.sort(Comparator.comparingDouble(Label::y));
            double previous = Double.NEGATIVE_INFINITY;
            for (Label l : column) {
                double baseline = Math.max(l.y() - 9, previous + 14);
                if (baseline < 14) {
                    baseline = l.y() + 19;
                }
                previous = baseline;
                double half = l.text().length() * CHAR_WIDTH / 2;
                double x = Math.min(Math.max(l.x(), left + half), WIDTH - 2 - half);
                svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append("\" fill=\"")
                        .append(l.colour()).append("\">").append(text(l.text())).append("</text>");
            }
        }
        svg.append("</g>");
    }

    /** What the chart is, for those who cannot see it; the numbers themselves are in the table that goes with it. */
    private String description() {
        long targets = series.stream().mapToLong(s -> s.targets().size()).sum();
        return "Biểu đồ đường theo năm, " + firstYear + (lastYear > firstYear ? "–" + lastYear : "") + ": " + series.size()
                + " chuỗi số liệu" + (targets > 0 ? ", có mục tiêu" : "") + ". Số liệu và nguồn ở bảng đi kèm.";
    }

    private List<Chart.LegendEntry> legend() {
        List<Chart.LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            entries.add(new Chart.LegendEntry(series.get(i).label(), swatch(colour(i), Marker.of(i))));
        }
        return entries;
    }

    /** What fills, marks and dashes mean, for the kinds of points present. */
    private String key() {
        List<Point> all = series.stream().flatMap(LineChart::drawn).toList();
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
