package vn.vinguoingheo.portal.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 34 units' shapes as SVG path data, projected and simplified beforehand (by the on-demand
 * tool {@code DeriveProvinceShapes}, from the raw boundaries in {@code ../shared/facts/geodata/})
 * into {@code provinces.txt}: read once per process, a few tens of KB.
 */
public final class ProvinceShapes {

    /** The boundaries' source, to credit wherever a map is shown. */
    public static final String CREDIT = "Ranh giới tỉnh: sapnhap.bando.com.vn, qua vietnamese-provinces-database (MIT)";

    /** How much detail: the full map, or the small locator map of a province page. */
    public enum Level { DETAIL, SMALL }

    /**
     * The projection the shapes were drawn in: x = (lon − west) · cos(midLatitude) · scale,
     * y = (north − lat) · scale, in whole map units.
     */
    public record Frame(int width, int height, double west, double north, double midLatitude, double scale) {

        public double x(double lon) {
            return (lon - west) * Math.cos(Math.toRadians(midLatitude)) * scale;
        }

        public double y(double lat) {
            return (north - lat) * scale;
        }

        public double lon(double x) {
            return x / (Math.cos(Math.toRadians(midLatitude)) * scale) + west;
        }

        public double lat(double y) {
            return north - y / scale;
        }
    }

    private static final String RESOURCE = "provinces.txt";

    private final Frame frame;
    private final List<String> neighbours;
    private final Map<Level, Map<String, String>> paths;

    private ProvinceShapes(Frame frame, List<String> neighbours, Map<Level, Map<String, String>> paths) {
        this.frame = frame;
        this.neighbours = neighbours;
        this.paths = paths;
    }

    /** The built-in shapes, read on first use. */
    public static ProvinceShapes builtIn() {
        return Holder.SHAPES;
    }

    public Frame frame() {
        return frame;
    }

    /** Pairs of units that share a border in the source, as "an-giang/can-tho". */
    public List<String> neighbours() {
        return neighbours;
    }

    /** Each unit's path data at {@code level}, by code, in code order. */
    public Map<String, String> paths(Level level) {
        return paths.get(level);
    }

    private static final class Holder {
        static final ProvinceShapes SHAPES = read();
    }

    private static ProvinceShapes read() {
        try (InputStream in = ProvinceShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("thiếu tệp " + RESOURCE + " trong gói phần mềm");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProvinceShapes parse(String text) {
        Frame frame = null;
        List<String> neighbours = List.of();
        Map<Level, Map<String, String>> paths = new EnumMap<>(Level.class);
        Map<String, String> current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 2);
            switch (parts[0]) {
                case "frame" -> {
                    String[] f = parts[1].split(" ");
                    frame = new Frame(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                }
                case "neighbours" -> neighbours = List.of(parts[1].split(" "));
                case "level" -> {
                    current = new LinkedHashMap<>();
                    paths.put(Level.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), current);
                }
                default -> current.put(parts[0], parts[1]);
            }
        }
        paths.replaceAll((level, map) -> Collections.unmodifiableMap(map));
        return new ProvinceShapes(frame, neighbours, paths);
    }

    /** The vertices of path data as written by the derive tool (M, m, l, h, v, z), in order: for tests and placing marks. */
    public static List<int[]> vertices(String path) {
        List<int[]> points = new ArrayList<>();
        int x = 0;
        int y = 0;
        int startX = 0;
        int startY = 0;
        char command = 'M';
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (Character.isLetter(c)) {
                command = c;
                if (c == 'z') {
                    x = startX;
                    y = startY;
                }
                i++;
                continue;
            }
            if (c == ' ') {
                i++;
                continue;
            }
            int[] read = new int[2];
            i = number(path, i, read);
            switch (command) {
                case 'M', 'm' -> {
                    x = command == 'M' ? read[0] : x + read[0];
                    i = number(path, skip(path, i), read);
                    y = command == 'M' ? read[0] : y + read[0];
                    startX = x;
                    startY = y;
                    command = 'l';
                }
                case 'l' -> {
                    x += read[0];
                    i = number(path, skip(path, i), read);
                    y += read[0];
                }
                case 'h' -> x += read[0];
                case 'v' -> y += read[0];
                default -> throw new IllegalArgumentException("unexpected command " + command);
            }
            points.add(new int[] {x, y});
        }
        return points;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int number(String s, int i, int[] out) {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        out[0] = Integer.parseInt(s.substring(start, i));
        return i;
    }
}
