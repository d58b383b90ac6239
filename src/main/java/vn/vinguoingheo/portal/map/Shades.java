package vn.vinguoingheo.portal.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Classes of a choropleth: ranges of values, each with a label and a colour from one light-to-dark
 * blue ramp (darker is more); "none" (0 models) is a neutral sand, so it does not read as a little. Counts of models get fixed classes so the legend reads the same on
 * every site; indicator values get up to four classes holding about as many units each.
 *
 * @param upper the highest value of each class, ascending
 */
public record Shades(List<BigDecimal> upper, List<String> labels, List<String> colours) {

    static final List<String> RAMP = List.of("#ece8df", "#a9cce3", "#5b9bd0", "#2a6cad", "#0b3f7a");
    static final String NO_DATA_LABEL = "không có số liệu";

    /** Models per unit: 0, 1, 2–4, 5–9, 10 trở lên. */
    public static Shades counts() {
        return new Shades(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(4), BigDecimal.valueOf(9),
                BigDecimal.valueOf(Integer.MAX_VALUE)),
                List.of("chưa có", "1", "2–4", "5–9", "10 trở lên"), RAMP);
    }

    /**
     * Up to four classes of the distinct values, each about the same number of them, labelled with
     * the lowest and highest value they hold ("0,52% – 1,2%").
     */
    public static Shades quantiles(List<BigDecimal> values, Function<BigDecimal, String> format) {
        List<BigDecimal> distinct = values.stream().map(BigDecimal::stripTrailingZeros).distinct().sorted().toList();
        int classes = Math.min(4, distinct.size());
        List<BigDecimal> upper = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            BigDecimal low = distinct.get(c * distinct.size() / classes);
            BigDecimal high = distinct.get((c + 1) * distinct.size() / classes - 1);
            upper.add(high);
            labels.add(low.compareTo(high) == 0 ? format.apply(low) : format.apply(low) + " – " + format.apply(high));
        }
        List<String> colours = switch (classes) {
            case 0 -> List.of();
            case 1 -> List.of(RAMP.get(3));
            case 2 -> List.of(RAMP.get(1), RAMP.get(3));
            case 3 -> List.of(RAMP.get(1), RAMP.get(2), RAMP.get(4));
            default -> RAMP.subList(1, 5);
        };
        return new Shades(List.copyOf(upper), List.copyOf(labels), colours);
    }

    /** The class a value falls in. */
    public int of(BigDecimal value) {
        for (int c = 0; c < upper.size(); c++) {
            if (value.compareTo(upper.get(c)) <= 0) {
                return c;
            }
        }
        return upper.size() - 1;
    }
}
