package vn.vinguoingheo.portal.content;

/**
 * What a result figure measures, from {@code indicators.yaml}.
 *
 * @param group the theme the results page files it under ("Hộ nghèo"), or null
 * @param changeOf the code of the indicator whose level this one is the change of, or null: its
 *                 figures are told on that indicator's cards and charts, not drawn on their own
 */
public record Indicator(String code, String label, String unit, Better better, String group, String changeOf) {

    /** Which direction is progress. */
    public enum Better { LOWER, HIGHER }

    /** An indicator in no group and the change of none. */
    public Indicator(String code, String label, String unit, Better better) {
        this(code, label, unit, better, null, null);
    }

    public boolean isChange() {
        return changeOf != null;
    }
}
