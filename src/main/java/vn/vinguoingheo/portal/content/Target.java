package vn.vinguoingheo.portal.content;

import java.math.BigDecimal;
import vn.vinguoingheo.portal.registry.Area;

/** A decision's target for an indicator in an area and year. */
public record Target(Indicator indicator, Area area, Integer year, BigDecimal value, Comparison comparison) {

    public enum Comparison {
        AT_MOST("<=", "≤"), AT_LEAST(">=", "≥"), EQUAL("=", "="), CHANGE("change", "thay đổi");

        private final String code;
        private final String symbol;

        Comparison(String code, String symbol) {
            this.code = code;
            this.symbol = symbol;
        }

        public String code() {
            return code;
        }

        public String symbol() {
            return symbol;
        }
    }
}
