package vn.vinguoingheo.portal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.vinguoingheo.portal.results.Svg;

/**
 * Draws the province maps as inline SVG, no JavaScript: a choropleth where every unit is a link
 * with an accessible name, and a small locator map that highlights one unit. The archipelagos
 * are drawn where they are, inside Đà Nẵng's and Khánh Hòa's shapes, and labelled on the full map.
 * Output depends only on its arguments: the same data draws the same bytes.
 */
public final class ProvinceMap {

    static final String NO_DATA_STROKE = "#6b7785";
    private static final String OTHER_FILL = "#d3d9df";
    private static final String HIGHLIGHT = "#b3261e";

    private final ProvinceShapes shapes;

    public ProvinceMap(ProvinceShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The full map: each region a link shaded by its class, a pattern for units without data.
     *
     * @param id unique in the page: the prefix of the map's own ids
     * @param title the map's accessible name
     */
    public MapPicture choropleth(String id, String title, List<Region> regions, Shades shades) {
        return choropleth(id, title, regions, shades, ProvinceShapes.Level.DETAIL);
    }

    /**
     * A map at {@code level} of detail. The small level is for a page that has little room left
     * in its weight budget: there units without data are one shape, not links.
     */
    public MapPicture choropleth(String id, String title, List<Region> regions, Shades shades, ProvinceShapes.Level level) {
        ProvinceShapes.Frame frame = shapes.frame();
        Map<String, String> paths = shapes.paths(level);
        boolean compact = level == ProvinceShapes.Level.SMALL;
        String pattern = id + "-kcs";
        StringBuilder svg = new StringBuilder(40_000);
        svg.append("<svg class=\"map-svg\" viewBox=\"0 0 ").append(frame.width()).append(' ').append(frame.height())
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("-t\"><title id=\"").append(id).append("-t\">")
                .append(Svg.text(title)).append("</title>");
        boolean noData = regions.stream().anyMatch(r -> r.shade() == Region.NO_DATA);
        if (noData) {
            svg.append("<defs>").append(patternDef(pattern)).append("</defs>");
        }
        svg.append("<g class=\"map-units\">");
        StringBuilder withoutData = new StringBuilder();
        for (Region region : regions.stream().sorted(Comparator.comparing(Region::code)).toList()) {
            String d = paths.get(region.code());
            if (d == null) {
                throw new IllegalArgumentException("no shape for " + region.code());
            }
            if (compact && region.shade() == Region.NO_DATA) {
                withoutData.append(d);
                continue;
            }
            String fill = region.shade() == Region.NO_DATA ? "url(#" + pattern + ")" : shades.colours().get(region.shade());
            svg.append("<a href=\"").append(Svg.text(region.href())).append("\" aria-label=\"").append(Svg.text(region.label()))
                    .append("\"><path fill=\"").append(fill).append("\" d=\"").append(d).append("\"/></a>");
        }
        if (!withoutData.isEmpty()) {
            svg.append("<path fill=\"url(#").append(pattern).append(")\" d=\"").append(withoutData).append("\"/>");
        }
        svg.append("</g>");
        label(svg, frame.x(112.95), frame.y(16.95), "Quần đảo Hoàng Sa", "(Đà Nẵng)");
        label(svg, frame.x(112.3), frame.y(12.35), "Quần đảo Trường Sa", "(Khánh Hòa)");
        svg.append("</svg>");
        List<MapPicture.LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < shades.labels().size(); c++) {
            legend.add(new MapPicture.LegendEntry(swatch(shades.colours().get(c)), shades.labels().get(c)));
        }
        if (noData) {
            legend.add(new MapPicture.LegendEntry(swatch("url(#" + pattern + ")"), Shades.NO_DATA_LABEL));
        }
        return new MapPicture(svg.toString(), List.copyOf(legend));
    }

    /**
     * The small locator map: every unit in grey, {@code code} in colour with a ring around it so
     * that a small unit is found at a glance.
     *
     * @param title the picture's text alternative
     */
    public String locator(String title, String code) {
        ProvinceShapes.Frame frame = shapes.frame();
        Map<String, String> paths = shapes.paths(ProvinceShapes.Level.SMALL);
        StringBuilder others = new StringBuilder(8_000);
        paths.forEach((c, d) -> {
            if (!c.equals(code)) {
                others.append(d);
            }
        });
        String own = paths.get(code);
        if (own == null) {
            throw new IllegalArgumentException("no shape for " + code);
        }
        int[] centre = centre(own);
        return "<svg class=\"map-locator\" viewBox=\"0 0 " + frame.width() + ' ' + frame.height() + "\" role=\"img\" aria-label=\""
                + Svg.text(title) + "\"><path fill=\"" + OTHER_FILL + "\" d=\"" + others + "\"/><path fill=\"" + HIGHLIGHT
                + "\" d=\"" + own + "\"/><circle cx=\"" + centre[0] + "\" cy=\"" + centre[1] + "\" r=\"60\" fill=\"none\" stroke=\""
                + HIGHLIGHT + "\" stroke-width=\"12\"/></svg>";
    }

    /** The middle of the bounding box of the unit's ring with most vertices: its mainland, not its islands. */
    static int[] centre(String path) {
        int best = -1;
        int[] centre = {0, 0};
        // Rings start with "M"; the archipelagos' squares with "m", relative to the one before, so they are left out.
        for (String ring : path.split("(?=M)")) {
            int squares = ring.indexOf('m');
            List<int[]> points = ProvinceShapes.vertices(squares < 0 ? ring : ring.substring(0, squares));
            if (points.size() > best) {
                best = points.size();
                int minX = Integer.MAX_VALUE;
                int minY = Integer.MAX_VALUE;
                int maxX = Integer.MIN_VALUE;
                int maxY = Integer.MIN_VALUE;
                for (int[] p : points) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
                centre = new int[] {(minX + maxX) / 2, (minY + maxY) / 2};
            }
        }
        return centre;
    }

    private static void label(StringBuilder svg, double x, double y, String line1, String line2) {
        String left = String.valueOf(Math.round(x));
        svg.append("<text class=\"map-label\" x=\"").append(left).append("\" y=\"").append(Math.round(y)).append("\">")
                .append(Svg.text(line1)).append("<tspan x=\"").append(left).append("\" dy=\"1.2em\">").append(Svg.text(line2))
                .append("</tspan></text>");
    }

    private static String patternDef(String id) {
        return "<pattern id=\"" + id + "\" width=\"12\" height=\"12\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"12\" height=\"12\" fill=\"#fff\"/><path d=\"M0 0V12\" stroke=\"" + NO_DATA_STROKE
                + "\" stroke-width=\"5\"/></pattern>";
    }

    private static String swatch(String fill) {
        return "<svg width=\"22\" height=\"16\" aria-hidden=\"true\"><rect width=\"22\" height=\"16\" fill=\"" + fill + "\" stroke=\""
                + NO_DATA_STROKE + "\"/></svg>";
    }
}
