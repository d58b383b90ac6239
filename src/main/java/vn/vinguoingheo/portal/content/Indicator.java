package vn.vinguoingheo.portal.content;

/** What a result figure measures, from {@code indicators.yaml}. */
public record Indicator(String code, String label, String unit, Better better) {

    /** Which direction is progress. */
    public enum Better { LOWER, HIGHER }
}
