package vn.vinguoingheo.portal.content.read;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.check.Suggestions;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.Stage;

/** Resolves the codes editors write (areas, model types, indicators, stages), with suggestions for near misses. */
final class Lookups {

    private final Taxonomies taxonomies;
    private final Problems problems;

    Lookups(Taxonomies taxonomies, Problems problems) {
        this.taxonomies = taxonomies;
        this.problems = problems;
    }

    Optional<Area> area(String written, Location at) {
        Optional<Area> area = taxonomies.areas().find(written);
        if (area.isEmpty()) {
            problems.error(at, "tỉnh/thành \"" + written + "\" không có trong danh mục"
                    + Suggestions.hint(written, taxonomies.areas().lookupKeys().keySet()));
        }
        return area;
    }

    List<Area> areas(Fields fields, String key) {
        return fields.items(key).stream()
                .flatMap(node -> scalar(node, key).flatMap(text -> area(text, node.location())).stream())
                .distinct().toList();
    }

    Optional<ModelType> modelType(String code, Location at) {
        return known(taxonomies.modelTypes(), code, at, "loại mô hình", "model-types.yaml");
    }

    Optional<Indicator> indicator(String code, Location at) {
        return known(taxonomies.indicators(), code, at, "chỉ tiêu", "indicators.yaml");
    }

    Optional<Stage> stage(String code, Location at) {
        Optional<Stage> stage = Stage.byCode(code);
        if (stage.isEmpty()) {
            List<String> codes = Arrays.stream(Stage.values()).map(Stage::code).toList();
            problems.error(at, "giai đoạn \"" + code + "\" không hợp lệ; dùng một trong " + String.join(", ", codes)
                    + Suggestions.hint(code, codes));
        }
        return stage;
    }

    Optional<String> scalar(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(s.text().strip());
        }
        problems.error(node.location(), "mỗi mục của \"" + key + "\" phải là một giá trị đơn, không phải " + node.shape());
        return Optional.empty();
    }

    private <T> Optional<T> known(Map<String, T> vocabulary, String code, Location at, String what, String file) {
        T value = vocabulary.get(code);
        if (value == null) {
            problems.error(at, what + " \"" + code + "\" không có trong " + file + Suggestions.hint(code, vocabulary.keySet()));
        }
        return Optional.ofNullable(value);
    }
}
