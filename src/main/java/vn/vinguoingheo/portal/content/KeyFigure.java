package vn.vinguoingheo.portal.content;

import java.math.BigDecimal;

/** A number that shows what a model achieved ("1.009 hộ thoát nghèo năm 2022"). */
public record KeyFigure(String label, BigDecimal value, String unit, Integer year, SourceRef source) {
}
