package vn.vinguoingheo.portal.results;

import java.util.List;

/**
 * A drawn chart: the inline SVG (an accessible image with a title and description) and its
 * legend, which pages lay out as text beside small swatches so that long names wrap.
 *
 * @param series one entry per series: its name and a swatch of its colour and shape
 * @param key what point fills, marks and dashes mean (actual, estimate, target), for the kinds present
 */
public record Chart(String svg, List<LegendEntry> series, String key) {

    /** A legend line: a small decorative SVG and the text it stands for. */
    public record LegendEntry(String label, String swatch) {
    }
}
