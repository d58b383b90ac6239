package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The marker shapes centred on (100, 50). The circle and square have a radius (half-side) of 4.5;
 * the pointed shapes reach one unit further, 5.5 from the centre, so that they do not look smaller.
 */
class MarkerTest {

    @Test
    void theCircleAndTheSquareAreCentredOnThePoint() {
        Element circle = draw(Marker.CIRCLE, false);
        assertEquals(List.of("100", "50", "4.5"), List.of(circle.attr("cx"), circle.attr("cy"), circle.attr("r")));
        Element square = draw(Marker.SQUARE, false);
        // 100 - 4.5 = 95.5 and 50 - 4.5 = 45.5, 9 on each side.
        assertEquals(List.of("95.5", "45.5", "9", "9"),
                List.of(square.attr("x"), square.attr("y"), square.attr("width"), square.attr("height")));
    }

    @Test
    void thePointedShapesReachOneUnitFurtherThanTheCircle() {
        assertEquals(List.of("100 44.5", "105.5 54.5", "94.5 54.5"), corners(Marker.TRIANGLE), "apex up, base 4.5 below the centre");
        assertEquals(List.of("100 44.5", "105.5 50", "100 55.5", "94.5 50"), corners(Marker.DIAMOND));
        assertEquals(List.of("100 55.5", "105.5 45.5", "94.5 45.5"), corners(Marker.TRIANGLE_DOWN), "apex down, base 4.5 above");
    }

    @Test
    void aHollowMarkerIsFilledWhiteAndASolidOneTakesItsGroupsColour() {
        for (Marker marker : Marker.values()) {
            assertEquals("#fff", draw(marker, true).attr("fill"), marker.name());
            assertFalse(draw(marker, false).hasAttr("fill"), marker.name());
        }
    }

    @Test
    void seriesTakeTheShapesInTurn() {
        assertEquals(List.of(Marker.CIRCLE, Marker.SQUARE, Marker.TRIANGLE, Marker.DIAMOND, Marker.TRIANGLE_DOWN, Marker.CIRCLE),
                List.of(Marker.of(0), Marker.of(1), Marker.of(2), Marker.of(3), Marker.of(4), Marker.of(5)));
    }

    private static Element draw(Marker marker, boolean hollow) {
        return Jsoup.parse(marker.draw(100, 50, hollow), "", Parser.xmlParser()).child(0);
    }

    /** The corners of a path of relative moves ("M x y", then "l dx dy" and "h dx" steps, "z"), as absolute "x y". */
    private static List<String> corners(Marker marker) {
        String d = draw(marker, false).attr("d");
        Matcher step = Pattern.compile("([Mlh])(-?[\\d.]+)(?: (-?[\\d.]+))?").matcher(d);
        List<String> corners = new ArrayList<>();
        double x = 0;
        double y = 0;
        while (step.find()) {
            double dx = Double.parseDouble(step.group(2));
            double dy = step.group(3) == null ? 0 : Double.parseDouble(step.group(3));
            if (step.group(1).equals("M")) {
                x = dx;
                y = dy;
            } else {
                x += dx;
                y += dy;
            }
            corners.add(Svg.num(x) + " " + Svg.num(y));
        }
        assertTrue(d.endsWith("z"), "closed: " + d);
        return corners;
    }
}
