package vn.vinguoingheo.portal.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Derives the map's compact province shapes from the raw boundaries of the 34 units
 * ({@code ../shared/facts/geodata/}, 7.8 MB) into {@code provinces.txt} beside {@link ProvinceShapes}.
 * Run on demand, not by the build (see README, "Maps"):
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.vinguoingheo.portal.map.DeriveProvinceShapes</pre>
 *
 * Steps: read the 34 units; drop small islands (they would be sub-pixel) except those of the two
 * archipelagos; cut An Giang's slight overlap with Đồng Tháp; check the result is a valid
 * coverage; project (equirectangular, longitudes scaled by cos 16°, the country's middle);
 * simplify all units together as one coverage so neighbours keep one shared border; round to whole
 * units; write each unit as SVG path data at two levels (the full map and the small locator map).
 * The archipelagos' islands are far smaller than a pixel, so each is written as a small square of
 * at least a visible size, snapped to a grid so that an island group is a few squares.
 */
public final class DeriveProvinceShapes {

    /** Map units per degree of latitude: the full map is about 1,000 units wide and tall. */
    static final double SCALE = 64;
    static final double MID_LATITUDE = 16;
    static final double WEST = 102.0;
    static final double NORTH = 23.6;
    static final double EAST = 118.2;
    static final double SOUTH = 6.9;
    /** The projection the map reads back (its size, worked out here from EAST and SOUTH, plays no part in it). */
    private static final ProvinceShapes.Frame PROJECTION = new ProvinceShapes.Frame(0, 0, WEST, NORTH, MID_LATITUDE, SCALE);
    /**
     * Islands of Đà Nẵng or Khánh Hòa whose centre is east of this longitude or south of this
     * latitude (the mainland ends near 109.5° E and 11.3° N) are Hoàng Sa's or Trường Sa's.
     */
    static final double ARCHIPELAGO_EAST_OF = 110.5;
    static final double ARCHIPELAGO_SOUTH_OF = 11;
    static final Set<String> ARCHIPELAGO_UNITS = Set.of("da-nang", "khanh-hoa");

    /** One level of detail: how much to simplify, which islands to keep and how big an archipelago's island is drawn. */
    record Level(String name, double tolerance, double minIslandArea, int islandSize) {
    }

    static final List<Level> LEVELS = List.of(new Level("detail", 1.2, 4, 6), new Level("small", 13, 40, 32));

    private static final GeometryFactory GF = new GeometryFactory();

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/facts/geodata");
        Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/vn/vinguoingheo/portal/map/provinces.txt");
        Map<String, Geometry> units = read(source);
        if (units.size() != 34) {
            throw new IllegalStateException("expected 34 units in " + source + ", found " + units.size());
        }
        units.replaceAll((code, g) -> project(g));
        // Đồng Tháp and An Giang overlap slightly in the source: An Giang gives way.
        units.put("an-giang", units.get("an-giang").difference(units.get("dong-thap")));
        List<String> codes = new ArrayList<>(units.keySet());
        Geometry[] coverage = codes.stream().map(units::get).toArray(Geometry[]::new);
        Geometry[] invalid = CoverageValidator.validate(coverage);
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] != null) {
                throw new IllegalStateException(codes.get(i) + " is not a valid coverage member: " + invalid[i]);
            }
        }
        List<String> neighbours = neighbours(codes, coverage);
        StringBuilder out = new StringBuilder();
        out.append(Files.readString(source.resolve("LICENSE")).lines().map(l -> "# " + l).reduce("", (a, b) -> a + b.stripTrailing() + "\n"));
        out.append("""
                # Ranh giới tỉnh: sapnhap.bando.com.vn, qua vietnamese-provinces-database (MIT), commit cd580632.
                # Derived by src/test/java/vn/vinguoingheo/portal/map/DeriveProvinceShapes.java: projected
                # (x = (lon - west) * cos(mid) * scale, y = (north - lat) * scale), simplified as one coverage,
                # rounded to whole units; small islands dropped, the archipelagos' islands drawn as squares.
                """);
        out.append("frame ").append(num(PROJECTION.x(EAST))).append(' ').append(num(PROJECTION.y(SOUTH))).append(' ').append(WEST).append(' ')
                .append(NORTH).append(' ').append(MID_LATITUDE).append(' ').append(SCALE).append('\n');
        out.append("neighbours ").append(String.join(" ", neighbours)).append('\n');
        for (Level level : LEVELS) {
            Geometry[] kept = new Geometry[coverage.length];
            List<List<Coordinate>> isles = new ArrayList<>();
            for (int i = 0; i < coverage.length; i++) {
                List<Polygon> parts = new ArrayList<>();
                List<Coordinate> centres = new ArrayList<>();
                for (int p = 0; p < coverage[i].getNumGeometries(); p++) {
                    Polygon part = (Polygon) coverage[i].getGeometryN(p);
                    Point centre = part.getCentroid();
                    if (ARCHIPELAGO_UNITS.contains(codes.get(i)) && (PROJECTION.lon(centre.getX()) > ARCHIPELAGO_EAST_OF || PROJECTION.lat(centre.getY()) < ARCHIPELAGO_SOUTH_OF)) {
                        centres.add(centre.getCoordinate());
                    } else if (part.getArea() >= level.minIslandArea() || p == largest(coverage[i])) {
                        parts.add(part);
                    }
                }
                kept[i] = GF.createMultiPolygon(parts.toArray(Polygon[]::new));
                isles.add(centres);
            }
            Geometry[] simplified = CoverageSimplifier.simplify(kept, level.tolerance());
            out.append("level ").append(level.name()).append('\n');
            int bytes = 0;
            for (int i = 0; i < codes.size(); i++) {
                String path = path(simplified[i]) + squares(isles.get(i), level.islandSize());
                bytes += path.length();
                out.append(codes.get(i)).append(' ').append(path).append('\n');
            }
            System.out.printf("%s: %,d bytes of path data%n", level.name(), bytes);
        }
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        System.out.printf("wrote %s (%,d bytes), %d neighbour pairs%n", target, Files.size(target), neighbours.size());
    }

    /** The 34 units by contract code ({@code 48_da_nang.geojson} → {@code da-nang}), in code order. */
    static Map<String, Geometry> read(Path dir) throws IOException {
        Map<String, Geometry> units = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".geojson")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".geojson", "");
                String code = name.substring(name.indexOf('_') + 1).replace('_', '-');
                JsonNode geometry = json.readTree(file.toFile()).get("features").get(0).get("geometry");
                units.put(code, multiPolygon(geometry));
            }
        }
        return units;
    }

    private static Geometry multiPolygon(JsonNode geometry) {
        JsonNode polygons = geometry.get("type").asText().equals("Polygon")
                ? json(List.of(geometry.get("coordinates"))) : geometry.get("coordinates");
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            LinearRing shell = ring(polygon.get(0));
            LinearRing[] holes = new LinearRing[polygon.size() - 1];
            for (int h = 1; h < polygon.size(); h++) {
                holes[h - 1] = ring(polygon.get(h));
            }
            parts.add(GF.createPolygon(shell, holes));
        }
        return GF.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static JsonNode json(List<JsonNode> nodes) {
        return new ObjectMapper().createArrayNode().addAll(nodes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] coords = new Coordinate[points.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return GF.createLinearRing(coords);
    }

    private static Geometry project(Geometry g) {
        Geometry copy = g.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double lon = c.x;
            c.x = PROJECTION.x(lon);
            c.y = PROJECTION.y(c.y);
        });
        copy.geometryChanged();
        return copy;
    }

    /**
     * Pairs of units that share a border, as "a/b" with a before b: at least half a map unit (about
     * a kilometre) of it, since the source also has a few pairs whose outlines merely graze.
     */
    private static List<String> neighbours(List<String> codes, Geometry[] coverage) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                if (coverage[i].getEnvelopeInternal().intersects(coverage[j].getEnvelopeInternal())
                        && coverage[i].intersection(coverage[j]).getLength() >= 0.5) {
                    pairs.add(codes.get(i) + "/" + codes.get(j));
                }
            }
        }
        return pairs;
    }

    private static int largest(Geometry g) {
        int best = 0;
        for (int p = 1; p < g.getNumGeometries(); p++) {
            if (g.getGeometryN(p).getArea() > g.getGeometryN(best).getArea()) {
                best = p;
            }
        }
        return best;
    }

    /** SVG path data: each ring "M x y" then relative "l" steps between rounded vertices, repeated ones left out. */
    static String path(Geometry g) {
        StringBuilder d = new StringBuilder();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            ring(polygon.getExteriorRing().getCoordinates(), d);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(polygon.getInteriorRingN(h).getCoordinates(), d);
            }
        }
        return d.toString();
    }

    private static void ring(Coordinate[] coords, StringBuilder d) {
        List<long[]> points = new ArrayList<>();
        for (Coordinate c : coords) {
            long[] point = {Math.round(c.x), Math.round(c.y)};
            if (points.isEmpty() || !java.util.Arrays.equals(points.get(points.size() - 1), point)) {
                points.add(point);
            }
        }
        if (points.size() > 1 && java.util.Arrays.equals(points.get(0), points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
        }
        if (points.size() < 3) {
            return;
        }
        d.append('M').append(points.get(0)[0]).append(' ').append(points.get(0)[1]).append('l');
        for (int i = 1; i < points.size(); i++) {
            long dx = points.get(i)[0] - points.get(i - 1)[0];
            long dy = points.get(i)[1] - points.get(i - 1)[1];
            if (i > 1 && dx >= 0) {
                d.append(' ');
            }
            d.append(dx);
            if (dy >= 0) {
                d.append(' ');
            }
            d.append(dy);
        }
        d.append('z');
    }

    /**
     * The archipelago's islands as squares of {@code size} units, centred on a grid of that size:
     * one per occupied cell, each after the first moved to relative to the one before ("m").
     */
    private static String squares(List<Coordinate> centres, int size) {
        Set<String> cells = new LinkedHashSet<>();
        StringBuilder d = new StringBuilder();
        long[] last = null;
        for (Coordinate c : centres.stream().sorted((a, b) -> a.y != b.y ? Double.compare(a.y, b.y) : Double.compare(a.x, b.x)).toList()) {
            long x = Math.round(c.x / size) * size - size / 2;
            long y = Math.round(c.y / size) * size - size / 2;
            if (!cells.add(x + "," + y)) {
                continue;
            }
            if (last == null) {
                d.append('M').append(x).append(' ').append(y);
            } else {
                d.append('m').append(x - last[0]).append(y - last[1] < 0 ? "" : " ").append(y - last[1]);
            }
            d.append('h').append(size).append('v').append(size).append('h').append(-size).append('z');
            last = new long[] {x, y};
        }
        return d.toString();
    }

    private static String num(double v) {
        return String.valueOf(Math.round(v));
    }
}
