package vn.vinguoingheo.portal.results;

import java.math.BigDecimal;
import vn.vinguoingheo.portal.content.ResultFigure.FigureKind;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.content.Target.Comparison;

/**
 * One number of a series: an actual or estimated value, or a target, for a year.
 *
 * @param fromYear the first year when the figure covers a period ending in {@code year}, else null
 * @param comparison how a target is to be met (null for actual and estimated values)
 * @param source where the number comes from: an article, or the decision that set the target
 */
public record Point(int year, Integer fromYear, BigDecimal value, FigureKind kind, Comparison comparison,
                    SourceRef source, String note) {

    /** A decision's target, with the decision as its source. */
    public static Point of(Target target, SourceRef decision) {
        return new Point(target.year(), null, target.value(), FigureKind.TARGET, target.comparison(), decision, null);
    }

    public boolean isTarget() {
        return kind == FigureKind.TARGET;
    }

    public boolean isEstimate() {
        return kind == FigureKind.ESTIMATE;
    }

    /** "2022" or "2020–2022". */
    public String when() {
        return fromYear == null ? String.valueOf(year) : fromYear + "–" + year;
    }
}
