package vn.vinguoingheo.portal.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static AreaRegistry load() {
        try (InputStream in = AreaRegistry.class.getResourceAsStream("areas.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Area> areas = new LinkedHashMap<>();
            areas.put(Area.NATIONAL_CODE, new Area(Area.NATIONAL_CODE, "Cả nước", Area.Level.NATIONAL, Area.NATIONAL_CODE, false));
            for (JsonNode n : root.get("current")) {
                String code = n.get("code").asText();
                areas.put(code, new Area(code, n.get("name").asText(), Area.Level.CURRENT, code, n.get("city").asBoolean()));
            }
            for (JsonNode n : root.get("legacy")) {
                String code = n.get("code").asText();
                // Every legacy-only unit was a province (the five old cities kept their codes).
                areas.put(code, new Area(code, n.get("name").asText(), Area.Level.LEGACY, n.get("now").asText(), false));
            }
            Map<String, String> aliases = new LinkedHashMap<>();
            root.get("aliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), e.getValue().asText()));
            List<String> dangling = new ArrayList<>();
            aliases.values().stream().filter(c -> !areas.containsKey(c)).forEach(dangling::add);
            areas.values().stream().map(Area::currentCode).filter(c -> !areas.containsKey(c)).forEach(dangling::add);
            if (!dangling.isEmpty()) {
                throw new IllegalStateException("areas.yaml names unknown codes: " + dangling);
            }
            return new AreaRegistry(areas, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
