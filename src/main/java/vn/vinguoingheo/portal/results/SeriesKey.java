package vn.vinguoingheo.portal.results;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;

/**
 * What makes figures one series: the same area (as written, legacy units kept), locality below
 * province level, and poverty standard. Figures of different standards are never joined.
 */
public record SeriesKey(Area area, String locality, String standard) {

    private static final List<String> CURRENT_ORDER = AreaRegistry.builtIn().current().stream().map(Area::code).toList();

    /** The country first, then current units in registry order, each unit's own figures before its legacy units'. */
    public static final Comparator<SeriesKey> ORDER = Comparator
            .comparingInt((SeriesKey k) -> k.area().isNational() ? -1 : CURRENT_ORDER.indexOf(k.area().currentCode()))
            .thenComparing(k -> k.area().isLegacy())
            .thenComparing(k -> k.area().code())
            .thenComparing(k -> Optional.ofNullable(k.locality()).orElse(""))
            .thenComparing(k -> Optional.ofNullable(k.standard()).orElse(""));
}
