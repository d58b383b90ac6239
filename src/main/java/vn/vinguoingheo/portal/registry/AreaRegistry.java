package vn.vinguoingheo.portal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * The built-in registry of areas: the country, the 34 current provincial units and the legacy
 * units merged into them, found by code, by name with or without diacritics, or by a common spelling.
 */
public final class AreaRegistry {

    private static final List<String> NAME_PREFIXES = List.of("thanh-pho-", "tp-", "tinh-");
    private static final AreaRegistry BUILT_IN = load();

    private final Map<String, Area> byCode;
    private final Map<String, String> codeByKey;

    private AreaRegistry(Map<String, Area> byCode, Map<String, String> aliases) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, String> keys = new LinkedHashMap<>(aliases);
        byCode.values().forEach(area -> {
            keys.put(area.code(), area.code());
            keys.putIfAbsent(VietnameseText.slug(area.name()), area.code());
        });
        this.codeByKey = Collections.unmodifiableMap(keys);
    }

    public static AreaRegistry builtIn() {
        return BUILT_IN;
    }

    /** Finds an area by code, name or accepted spelling ("TP.HCM", "Bà Rịa - Vũng Tàu", "bac-lieu"). */
    public Optional<Area> find(String codeOrName) {
        String key = VietnameseText.slug(codeOrName);
        String code = codeByKey.get(key);
        for (int i = 0; code == null && i < NAME_PREFIXES.size(); i++) {
            String prefix = NAME_PREFIXES.get(i);
            if (key.startsWith(prefix)) {
                code = codeByKey.get(key.substring(prefix.length()));
            }
        }
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The exact code, as used in URLs. */
    public Optional<Area> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The area's current unit (itself when it is current or national). */
    public Area currentOf(Area area) {
        return byCode.get(area.currentCode());
    }

    /** The 34 current units in registry order. */
    public List<Area> current() {
        return byCode.values().stream().filter(a -> a.level() == Area.Level.CURRENT).toList();
    }

    /** Units merged into another since 1 July 2025, in registry order. */
    public List<Area> legacy() {
        return byCode.values().stream().filter(Area::isLegacy).toList();
    }

    /** Legacy units merged into the given current unit. */
    public List<Area> mergedInto(Area current) {
        return legacy().stream().filter(a -> a.currentCode().equals(current.code())).toList();
    }

    /** Every code and accepted spelling key, for near-miss suggestions. */
    public Map<String, String> lookupKeys() {
        return codeByKey;
    }

    /** Reads {@code areas.tsv}: a plain table, so that loading it needs no YAML or JSON library. */
    private static AreaRegistry load() {
        Map<String, Area> areas = new LinkedHashMap<>();
        areas.put(Area.NATIONAL_CODE, new Area(Area.NATIONAL_CODE, "Cả nước", Area.Level.NATIONAL, Area.NATIONAL_CODE, false));
        Map<String, String> aliases = new LinkedHashMap<>();
        try (InputStream in = AreaRegistry.class.getResourceAsStream("areas.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cell = line.split("\t");
                switch (cell[0]) {
                    case "current" -> areas.put(cell[1], new Area(cell[1], cell[2], Area.Level.CURRENT, cell[1], cell[3].equals("city")));
                    // Every legacy-only unit was a province (the five old cities kept their codes).
                    case "legacy" -> areas.put(cell[1], new Area(cell[1], cell[2], Area.Level.LEGACY, cell[3], false));
                    case "alias" -> aliases.put(cell[1], cell[2]);
                    default -> throw new IllegalStateException("areas.tsv: unknown row kind " + cell[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> dangling = new ArrayList<>();
        aliases.values().stream().filter(c -> !areas.containsKey(c)).forEach(dangling::add);
        areas.values().stream().map(Area::currentCode).filter(c -> !areas.containsKey(c)).forEach(dangling::add);
        if (!dangling.isEmpty()) {
            throw new IllegalStateException("areas.tsv names unknown codes: " + dangling);
        }
        return new AreaRegistry(areas, aliases);
    }
}
