package vn.vinguoingheo.portal.map;

import java.util.List;

/**
 * A drawn map: inline SVG markup and the legend that pages lay out as text beside small swatches.
 *
 * @param legend one entry per class, in order, then "không có số liệu" when a unit has none
 */
public record MapPicture(String svg, List<LegendEntry> legend) {

    /** @param swatch a small decorative SVG of the class's fill */
    public record LegendEntry(String swatch, String label) {
    }
}
