package vn.vinguoingheo.portal.results;

import static vn.vinguoingheo.portal.results.Svg.num;

/** The point shapes that tell series apart without relying on colour. */
enum Marker {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN;

    private static final double R = 4.5;

    /** The shape centred on (x, y); it takes its stroke and fill from the enclosing group unless {@code hollow}. */
    String draw(double x, double y, boolean hollow) {
        String fill = hollow ? " fill=\"#fff\"" : "";
        return switch (this) {
            case CIRCLE -> "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(R) + "\"" + fill + "/>";
            case SQUARE -> "<rect x=\"" + num(x - R) + "\" y=\"" + num(y - R) + "\" width=\"" + num(2 * R) + "\" height=\""
                    + num(2 * R) + "\"" + fill + "/>";
            case TRIANGLE -> path("M" + num(x) + " " + num(y - R - 1) + "l" + num(R + 1) + " " + num(2 * R + 1) + "h"
                    + num(-2 * R - 2) + "z", fill);
            case DIAMOND -> path("M" + num(x) + " " + num(y - R - 1) + "l" + num(R + 1) + " " + num(R + 1) + "l" + num(-R - 1)
                    + " " + num(R + 1) + "l" + num(-R - 1) + " " + num(-R - 1) + "z", fill);
            case TRIANGLE_DOWN -> path("M" + num(x) + " " + num(y + R + 1) + "l" + num(R + 1) + " " + num(-2 * R - 1) + "h"
                    + num(-2 * R - 2) + "z", fill);
        };
    }

    static Marker of(int seriesIndex) {
        return values()[seriesIndex % values().length];
    }

    private static String path(String d, String fill) {
        return "<path d=\"" + d + "\"" + fill + "/>";
    }
}
