import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vinguoingheo.portal.map.MapPicture;
import vn.vinguoingheo.portal.map.ProvinceMap;
import vn.vinguoingheo.portal.map.ProvinceShapes;
import vn.vinguoingheo.portal.map.Region;
import vn.vinguoingheo.portal.map.Shades;

/**
 * Build-time cost of the province maps, per page type: reading the derived shapes (once per
 * process), then drawing the full map, one locator per unit and a results map. Not a test: prints.
 *
 *   java -cp target/portal.jar bench/MapTiming.java
 */
public class MapTiming {

    public static void main(String[] args) {
        // In a build the charts have loaded the SVG text escaping already; the map's own cost is the rest.
        vn.vinguoingheo.portal.results.Svg.text("Cần Thơ");
        long start = System.nanoTime();
        ProvinceShapes shapes = ProvinceShapes.builtIn();
        double load = ms(start);
        ProvinceMap map = new ProvinceMap(shapes);
        List<String> codes = List.copyOf(shapes.paths(ProvinceShapes.Level.DETAIL).keySet());
        List<Region> counts = new ArrayList<>();
        List<Region> results = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            counts.add(new Region(codes.get(i), "/tinh/" + codes.get(i) + "/", codes.get(i) + ": " + i + " mô hình", i % 5));
            results.add(new Region(codes.get(i), "/tinh/" + codes.get(i) + "/", codes.get(i) + ": " + i + "%", i % 3 == 0 ? Region.NO_DATA : i % 4));
        }
        Shades shades = Shades.counts();
        System.out.printf("read shapes (once per build)        %7.2f ms%n", load);
        time("full map, /tinh/ and home (per site)", () -> map.choropleth("bdt", "Bản đồ", counts, shades).svg().length());
        time("results map, detail (per indicator)", () -> map.choropleth("bdk", "Bản đồ", results, shades).svg().length());
        time("results map, small (/ket-qua/)", () -> map.choropleth("bdk", "Bản đồ", results, shades, ProvinceShapes.Level.SMALL).svg().length());
        time("locators, all 34 units", () -> codes.stream().mapToInt(c -> map.locator("Vị trí", c).length()).sum());
        MapPicture full = map.choropleth("bdt", "Bản đồ", counts, shades);
        System.out.printf("full map SVG %,d bytes; locator %,d bytes%n", full.svg().length(), map.locator("Vị trí", "can-tho").length());
    }

    private static void time(String label, java.util.function.IntSupplier work) {
        double first = 0;
        double[] runs = new double[50];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.getAsInt();
            runs[i] = ms(start);
            if (i == 0) {
                first = runs[i];
            }
        }
        Arrays.sort(runs);
        System.out.printf("%-36s first %7.2f ms, median %6.2f ms%n", label, first, runs[runs.length / 2]);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
