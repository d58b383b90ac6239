package vn.vinguoingheo.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import vn.vinguoingheo.portal.map.ProvinceShapes.Level;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;

/** The committed, derived shapes ({@code provinces.txt}) as the build reads them. */
class ProvinceShapesTest {

    private static final ProvinceShapes SHAPES = ProvinceShapes.builtIn();
    private static final ProvinceShapes.Frame FRAME = SHAPES.frame();

    @ParameterizedTest
    @EnumSource(Level.class)
    void everyCurrentUnitHasAShape(Level level) {
        Set<String> codes = AreaRegistry.builtIn().current().stream().map(Area::code).collect(Collectors.toSet());
        assertEquals(34, codes.size());
        assertEquals(codes, SHAPES.paths(level).keySet());
        SHAPES.paths(level).forEach((code, d) -> assertTrue(vertices(d).size() >= 3, code));
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void daNangReachesHoangSaAndKhanhHoaTruongSa(Level level) {
        List<double[]> daNang = lonLat(SHAPES.paths(level).get("da-nang"));
        List<double[]> khanhHoa = lonLat(SHAPES.paths(level).get("khanh-hoa"));
        assertTrue(daNang.stream().anyMatch(p -> p[0] > 111 && p[1] > 15.5 && p[1] < 17.5), "Hoàng Sa east of 111° E");
        assertTrue(khanhHoa.stream().anyMatch(p -> p[1] < 10 && p[0] > 111), "Trường Sa south of 10° N");
        assertTrue(daNang.stream().mapToDouble(p -> p[0]).max().orElseThrow() > 112.5);
        assertTrue(khanhHoa.stream().mapToDouble(p -> p[1]).min().orElseThrow() < 7.5);
    }

    /** Island groups (approximate centre, from nautical charts), each within reach of a drawn island of its unit. */
    @ParameterizedTest
    @EnumSource(Level.class)
    void everyIslandGroupIsDrawnBigEnoughToSee(Level level) {
        Map<String, double[]> hoangSa = Map.of("Nhóm Lưỡi Liềm", new double[] {111.6, 16.5}, "Nhóm An Vĩnh", new double[] {112.3, 16.9},
                "Đảo Tri Tôn", new double[] {111.2, 15.78}, "Đảo Linh Côn", new double[] {112.73, 16.67});
        Map<String, double[]> truongSa = Map.of("Cụm Song Tử", new double[] {114.3, 11.43}, "Cụm Thị Tứ", new double[] {114.28, 11.05},
                "Cụm Loại Ta", new double[] {114.42, 10.68}, "Cụm Nam Yết", new double[] {114.36, 10.18},
                "Cụm Sinh Tồn", new double[] {114.33, 9.88}, "Cụm Trường Sa", new double[] {111.92, 8.64},
                "Đá Thuyền Chài", new double[] {113.3, 8.18}, "Đảo An Bang", new double[] {112.92, 7.87});
        double reach = level == Level.DETAIL ? 25 : 40;
        check(level, "da-nang", hoangSa, reach);
        check(level, "khanh-hoa", truongSa, reach);
    }

    private static void check(Level level, String code, Map<String, double[]> groups, double reach) {
        String d = SHAPES.paths(level).get(code);
        // The islands are the squares the derive tool writes after the mainland: "M…h…v…h…z", then "m…h…v…h…z".
        String squares = d.substring(d.lastIndexOf('M', d.indexOf('m')));
        List<int[]> corners = vertices(squares);
        int size = Math.abs(corners.get(1)[0] - corners.get(0)[0]);
        // At least about 2 px when the whole map is 375 px wide.
        assertTrue(size * 375.0 / FRAME.width() >= 2, code + " islands " + size + " units");
        groups.forEach((name, lonLat) -> {
            double x = FRAME.x(lonLat[0]);
            double y = FRAME.y(lonLat[1]);
            assertTrue(corners.stream().anyMatch(c -> Math.hypot(c[0] - x, c[1] - y) <= reach), name + " at " + level);
        });
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void neighboursStillShareTheirBorder(Level level) {
        List<String> pairs = SHAPES.neighbours();
        assertEquals(58, pairs.size(), "the source's shared borders");
        for (String known : List.of("bac-ninh/ha-noi", "an-giang/dong-thap", "can-tho/vinh-long", "da-nang/quang-ngai",
                "da-nang/hue", "dak-lak/khanh-hoa", "ho-chi-minh/tay-ninh", "lao-cai/tuyen-quang")) {
            assertTrue(pairs.contains(known), known);
        }
        Map<String, String> paths = SHAPES.paths(level);
        List<String> apart = new ArrayList<>();
        for (String pair : pairs) {
            String[] codes = pair.split("/");
            Set<String> a = keys(paths.get(codes[0]));
            a.retainAll(keys(paths.get(codes[1])));
            if (a.size() < 2) {
                apart.add(pair + " shares " + a.size());
            }
        }
        assertEquals(List.of(), apart);
        Set<String> haNoi = keys(paths.get("ha-noi"));
        haNoi.retainAll(keys(paths.get("ca-mau")));
        assertEquals(Set.of(), haNoi);
    }

    @Test
    void anGiangAndDongThapNoLongerOverlap() {
        Geometry anGiang = polygons(SHAPES.paths(Level.DETAIL).get("an-giang"));
        Geometry dongThap = polygons(SHAPES.paths(Level.DETAIL).get("dong-thap"));
        // Whole-unit rounding may leave slivers of a fraction of a square unit (3 km²), no more.
        assertTrue(anGiang.intersection(dongThap).getArea() < 1, "overlap " + anGiang.intersection(dongThap).getArea());
        assertTrue(anGiang.intersection(dongThap).getArea() < 0.01 * Math.min(anGiang.getArea(), dongThap.getArea()));
    }

    @Test
    void theDerivedFileIsCompactAndCreditsItsSource() throws IOException {
        try (InputStream in = ProvinceShapes.class.getResourceAsStream("provinces.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.length() < 40_000, text.length() + " bytes");
            assertTrue(text.contains("MIT License") && text.contains("sapnhap.bando.com.vn"));
        }
    }

    private static List<int[]> vertices(String d) {
        return ProvinceShapes.vertices(d);
    }

    private static List<double[]> lonLat(String d) {
        return vertices(d).stream().map(p -> new double[] {FRAME.lon(p[0]), FRAME.lat(p[1])}).toList();
    }

    private static Set<String> keys(String d) {
        Set<String> keys = new HashSet<>();
        vertices(d).forEach(p -> keys.add(p[0] + "," + p[1]));
        return keys;
    }

    /** The path's mainland rings (not the archipelagos' squares) as one geometry. */
    private static Geometry polygons(String d) {
        GeometryFactory gf = new GeometryFactory();
        List<Polygon> rings = new ArrayList<>();
        for (String ring : d.split("(?=M)")) {
            List<int[]> points = vertices(ring.contains("m") ? ring.substring(0, ring.indexOf('m')) : ring);
            Coordinate[] coords = new Coordinate[points.size() + 1];
            for (int i = 0; i < points.size(); i++) {
                coords[i] = new Coordinate(points.get(i)[0], points.get(i)[1]);
            }
            coords[points.size()] = coords[0];
            rings.add(gf.createPolygon(coords));
        }
        Geometry all = gf.createMultiPolygon(rings.toArray(Polygon[]::new));
        return all.buffer(0);
    }
}
