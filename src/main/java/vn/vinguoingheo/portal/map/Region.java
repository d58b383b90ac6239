package vn.vinguoingheo.portal.map;

/**
 * One unit on a choropleth map.
 *
 * @param code the unit's code, as in the shapes
 * @param href where the unit leads
 * @param label its accessible name: "Cần Thơ: 8 mô hình"
 * @param shade its class, from 0 (lightest); {@link #NO_DATA} for a unit without a figure
 */
public record Region(String code, String href, String label, int shade) {

    public static final int NO_DATA = -1;
}
