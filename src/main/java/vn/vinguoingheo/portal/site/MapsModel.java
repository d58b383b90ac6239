package vn.vinguoingheo.portal.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ResultFigure.FigureKind;
import vn.vinguoingheo.portal.map.MapPicture;
import vn.vinguoingheo.portal.map.ProvinceMap;
import vn.vinguoingheo.portal.map.ProvinceShapes;
import vn.vinguoingheo.portal.map.Region;
import vn.vinguoingheo.portal.map.Shades;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.results.Point;
import vn.vinguoingheo.portal.results.Series;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * The maps pages show, for templates ({@code site.maps}): the number of published models per
 * current unit, a locator per unit, and per indicator the latest actual value per current unit.
 * Each is drawn once, when a page first asks for it, and reused by every page that shows it.
 */
public final class MapsModel {

    private static final ViFormat FMT = new ViFormat();
    /**
     * Current units that were not themselves a pre-reform unit (see areas.tsv): Huế is Thừa Thiên
     * Huế renamed, so that legacy unit's figures cover the whole current unit.
     */
    private static final Set<String> RENAMED_ONLY = Set.of("hue");

    /**
     * An indicator's map.
     *
     * @param notDrawn figures of legacy units that cover only part of their current unit, listed under the map:
     *                 "Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh: 1,51% (2022)"
     */
    public record ResultsMap(Indicator indicator, String url, MapPicture picture, List<String> notDrawn) {
    }

    private final AreaRegistry areas;
    private final List<Views.ProvinceCount> counts;
    private final Map<Indicator, Views.IndicatorSection> sections = new LinkedHashMap<>();
    private final ProvinceMap drawer = new ProvinceMap(ProvinceShapes.builtIn());
    private volatile MapPicture provinces;
    private final Map<String, Optional<ResultsMap>> results = new ConcurrentHashMap<>();
    private final Map<String, String> locators = new ConcurrentHashMap<>();

    MapsModel(AreaRegistry areas, List<Views.ProvinceCount> counts, List<Views.IndicatorSection> sections) {
        this.areas = areas;
        this.counts = counts;
        sections.forEach(s -> this.sections.put(s.indicator(), s));
    }

    /** The boundaries' source, to credit under every map. */
    public String credit() {
        return ProvinceShapes.CREDIT;
    }

    /** Every current unit shaded by its number of published models, each a link to its page. */
    public MapPicture provinces() {
        MapPicture picture = provinces;
        if (picture == null) {
            Shades shades = Shades.counts();
            List<Region> regions = counts.stream().map(c -> new Region(c.area().code(), c.url(),
                    c.area().name() + ": " + (c.models() == 0 ? "chưa có mô hình" : c.models() + " mô hình"),
                    shades.of(BigDecimal.valueOf(c.models())))).toList();
            picture = drawer.choropleth("bdt", "Bản đồ số mô hình theo tỉnh, thành", regions, shades);
            provinces = picture;
        }
        return picture;
    }

    /** A small map with the unit highlighted: a legacy unit's current unit. */
    public String locator(Area area) {
        Area current = areas.currentOf(area);
        return locators.computeIfAbsent(current.code(),
                code -> drawer.locator("Vị trí của " + current.fullName() + " trên bản đồ Việt Nam", code));
    }

    /** The map of an indicator's latest actual value per current unit, or null when no unit has one. */
    public ResultsMap result(Indicator indicator) {
        return results.computeIfAbsent(indicator.code(), code -> Optional.ofNullable(sections.get(indicator))
                .map(s -> draw(s, ProvinceShapes.Level.DETAIL)).filter(m -> m.picture() != null)).orElse(null);
    }

    /**
     * The results page's map: the first indicator (in indicators.yaml's order) that has one, drawn
     * with less detail, since that page already carries every indicator's chart.
     */
    public ResultsMap overview() {
        return results.computeIfAbsent("", code -> sections.values().stream().map(s -> draw(s, ProvinceShapes.Level.SMALL))
                .filter(m -> m.picture() != null).findFirst()).orElse(null);
    }

    private ResultsMap draw(Views.IndicatorSection section, ProvinceShapes.Level level) {
        Indicator indicator = section.indicator();
        Map<String, Latest> drawn = new LinkedHashMap<>();
        List<String> notDrawn = new ArrayList<>();
        for (Series series : section.series()) {
            Area area = series.key().area();
            if (area.isNational() || series.key().locality() != null) {
                continue;
            }
            Optional<Point> latest = series.points().stream().filter(p -> p.kind() == FigureKind.ACTUAL)
                    .max(Comparator.comparingInt(Point::year));
            if (latest.isEmpty()) {
                continue;
            }
            Latest figure = new Latest(series, latest.get());
            if (!area.isLegacy() || coversWhole(area)) {
                drawn.merge(area.currentCode(), figure, (a, b) -> b.point().year() > a.point().year() ? b : a);
            } else {
                notDrawn.add(series.label() + ": " + figure.text(indicator));
            }
        }
        if (drawn.isEmpty()) {
            return new ResultsMap(indicator, section.url(), null, notDrawn);
        }
        Shades shades = Shades.quantiles(drawn.values().stream().map(f -> f.point().value()).toList(),
                v -> FMT.quantity(v, indicator.unit()));
        List<Region> regions = new ArrayList<>();
        for (Views.ProvinceCount count : counts) {
            Area area = count.area();
            Latest figure = drawn.get(area.code());
            regions.add(figure == null ? new Region(area.code(), count.url(), area.name() + ": không có số liệu", Region.NO_DATA)
                    : new Region(area.code(), count.url(), area.name() + ": " + figure.text(indicator),
                    shades.of(figure.point().value().stripTrailingZeros())));
        }
        MapPicture picture = drawer.choropleth("bdk",
                "Bản đồ: " + indicator.label() + " theo tỉnh, thành, số thực tế mới nhất", regions, shades, level);
        return new ResultsMap(indicator, section.url(), picture, List.copyOf(notDrawn));
    }

    /** Whether a legacy unit's figures are its whole current unit's: the only unit in it. */
    private boolean coversWhole(Area legacy) {
        Area current = areas.currentOf(legacy);
        return RENAMED_ONLY.contains(current.code()) && areas.mergedInto(current).size() == 1;
    }

    private record Latest(Series series, Point point) {

        String text(Indicator indicator) {
            return FMT.quantity(point.value(), indicator.unit()) + " (" + point.when() + ")";
        }
    }
}
