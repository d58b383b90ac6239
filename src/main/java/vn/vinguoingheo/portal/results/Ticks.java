package vn.vinguoingheo.portal.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Round axis values ("0, 0,5, 1, 1,5"; "0, 250, 500"), kept exact as decimals so labels never read 0,30000000000000004. */
final class Ticks {

    private static final List<BigDecimal> STEPS = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"),
            new BigDecimal("5"), new BigDecimal("10"));

    private Ticks() {
    }

    /**
     * About {@code count} evenly spaced round values from at or below {@code min} to at or above
     * {@code max}; a range of one value is widened to start or end at zero, or to [0, 1].
     */
    static List<BigDecimal> of(BigDecimal min, BigDecimal max, int count) {
        if (min.compareTo(max) == 0) {
            switch (min.signum()) {
                case 0 -> max = BigDecimal.ONE;
                case 1 -> min = BigDecimal.ZERO;
                default -> max = BigDecimal.ZERO;
            }
        }
        BigDecimal step = step(max.subtract(min), count);
        BigDecimal first = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal last = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = first; t.compareTo(last) <= 0; t = t.add(step)) {
            ticks.add(t.stripTrailingZeros());
        }
        return ticks;
    }

    /** The smallest round step (1, 2, 2,5 or 5 times a power of ten) that covers {@code range} in at most {@code count} steps. */
    private static BigDecimal step(BigDecimal range, int count) {
        BigDecimal rough = range.divide(BigDecimal.valueOf(count), 12, RoundingMode.CEILING);
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (BigDecimal s : STEPS) {
            BigDecimal step = s.multiply(magnitude);
            if (step.compareTo(rough) >= 0) {
                return step;
            }
        }
        throw new IllegalStateException("no step for " + range);
    }
}
