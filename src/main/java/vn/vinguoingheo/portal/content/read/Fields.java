package vn.vinguoingheo.portal.content.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.check.Suggestions;

/**
 * Reads the fields of one YAML mapping into Java values, reporting each missing or mistyped
 * field at its location and carrying on, so that one load reports every problem.
 */
final class Fields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})(-\\d{2}-\\d{2})?$");

    private final YamlNode.Mapping mapping;
    private final Problems problems;

    Fields(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Reads a node that must be a mapping; reports and returns nothing otherwise. */
    static Optional<Fields> of(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, problems));
        }
        problems.error(node.location(), what + " phải là bảng \"khoá: giá trị\", không phải " + node.shape());
        return Optional.empty();
    }

    Problems problems() {
        return problems;
    }

    Location location() {
        return mapping.location();
    }

    Collection<YamlNode.Mapping.Field> fieldsInOrder() {
        return mapping.fields().values();
    }

    boolean has(String key) {
        YamlNode.Mapping.Field field = mapping.fields().get(key);
        return field != null && !isNull(field.value());
    }

    /** Where the value of a key is written, or the mapping's own place when the key is absent. */
    Location locationOf(String key) {
        YamlNode.Mapping.Field field = mapping.fields().get(key);
        return field == null ? mapping.location() : field.value().location();
    }

    Optional<YamlNode> node(String key) {
        return Optional.ofNullable(mapping.fields().get(key)).map(YamlNode.Mapping.Field::value).filter(n -> !isNull(n));
    }

    /** A required field: reports "thiếu trường" when absent. */
    Optional<YamlNode> required(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            problems.error(mapping.location(), "thiếu trường bắt buộc \"" + key + "\"");
        }
        return node;
    }

    String text(String key, boolean required) {
        return (required ? required(key) : node(key)).flatMap(n -> scalarText(key, n)).orElse(null);
    }

    /** A text that must not be blank when given. */
    String nonBlankText(String key, boolean required) {
        String text = text(key, required);
        if (text != null && text.isBlank()) {
            problems.error(locationOf(key), "trường \"" + key + "\" để trống");
            return null;
        }
        return text == null ? null : text.strip();
    }

    LocalDate date(String key, boolean required) {
        return (required ? required(key) : node(key)).flatMap(n -> scalarText(key, n).flatMap(t -> parseDate(key, t, n))).orElse(null);
    }

    Integer year(String key, boolean required) {
        return (required ? required(key) : node(key)).flatMap(n -> scalarText(key, n).flatMap(t -> parseYear(key, t, n))).orElse(null);
    }

    BigDecimal number(String key, boolean required) {
        return (required ? required(key) : node(key)).flatMap(n -> parseNumber(key, n)).orElse(null);
    }

    boolean flag(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return false;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        problems.error(node.get().location(), "trường \"" + key + "\" phải là true hoặc false");
        return false;
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : items(key)) {
            scalarText(key, item).map(String::strip).filter(t -> !t.isEmpty()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** Items of a list field, each with its own location; a single value counts as a list of one. */
    List<YamlNode> items(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            return seq.items().stream().filter(n -> !isNull(n)).toList();
        }
        return List.of(node.get());
    }

    /** A list of mappings, each read by {@code reader}; items that are not mappings are reported. */
    <T> List<T> objects(String key, Function<Fields, T> reader) {
        Optional<YamlNode> node = node(key);
        if (node.isPresent() && !(node.get() instanceof YamlNode.Sequence)) {
            problems.error(node.get().location(), "trường \"" + key + "\" phải là danh sách (mỗi mục bắt đầu bằng \"- \")");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : items(key)) {
            Fields.of(item, "mỗi mục của \"" + key + "\"", problems).map(reader).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** A nested mapping read by {@code reader}. */
    <T> T object(String key, boolean required, Function<Fields, T> reader) {
        return (required ? required(key) : node(key))
                .flatMap(n -> Fields.of(n, "trường \"" + key + "\"", problems))
                .map(reader).orElse(null);
    }

    /**
     * The same fields with older spellings read under their current names: each is a warning that
     * names the new spelling, and an error when both spellings are given.
     */
    Fields renaming(Map<String, String> renames) {
        Map<String, YamlNode.Mapping.Field> renamed = new LinkedHashMap<>();
        for (YamlNode.Mapping.Field field : mapping.fields().values()) {
            String current = renames.get(field.key());
            if (current == null) {
                renamed.putIfAbsent(field.key(), field);
            } else if (mapping.fields().containsKey(current)) {
                problems.error(field.keyLocation(), "có cả \"" + field.key() + "\" (cách viết cũ) và \"" + current + "\"; hãy xoá \"" + field.key() + "\"");
            } else {
                problems.warn(field.keyLocation(), "trường \"" + field.key() + "\" nay viết là \"" + current + "\"; vẫn đọc được, nhưng hãy sửa lại");
                renamed.put(current, new YamlNode.Mapping.Field(current, field.keyLocation(), field.value()));
            }
        }
        return new Fields(new YamlNode.Mapping(renamed, mapping.location()), problems);
    }

    /** Warns about keys the contract does not know, most likely typos. */
    void warnUnknownKeys(Collection<String> known) {
        Set<String> knownSet = Set.copyOf(known);
        for (YamlNode.Mapping.Field field : mapping.fields().values()) {
            if (!knownSet.contains(field.key())) {
                problems.warn(field.keyLocation(), "trường \"" + field.key() + "\" không có trong quy ước nội dung, sẽ bị bỏ qua"
                        + Suggestions.hint(field.key(), known));
            }
        }
    }

    private Optional<String> scalarText(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) {
            return Optional.of(s.text());
        }
        problems.error(node.location(), "trường \"" + key + "\" phải là một giá trị đơn, không phải " + node.shape());
        return Optional.empty();
    }

    private Optional<LocalDate> parseDate(String key, String text, YamlNode node) {
        String value = text.strip();
        if (!ISO_DATE.matcher(value).matches()) {
            problems.error(node.location(), "trường \"" + key + "\": \"" + value + "\" không đúng định dạng ngày YYYY-MM-DD (ví dụ 2022-06-02)");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.error(node.location(), "trường \"" + key + "\": ngày " + value + " không có trong lịch");
            return Optional.empty();
        }
    }

    /** A year, or a date of which the year is taken ("recognised: 2021-05-01"). */
    private Optional<Integer> parseYear(String key, String text, YamlNode node) {
        var m = YEAR_PREFIX.matcher(text.strip());
        if (m.matches()) {
            if (m.group(2) != null && parseDate(key, text, node).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        problems.error(node.location(), "trường \"" + key + "\": \"" + text + "\" không phải là năm (ví dụ 2022)");
        return Optional.empty();
    }

    private Optional<BigDecimal> parseNumber(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && (s.type() == YamlNode.Scalar.Type.NUMBER || s.type() == YamlNode.Scalar.Type.STRING)) {
            try {
                return Optional.of(new BigDecimal(s.text().strip()));
            } catch (NumberFormatException e) {
                String hint = s.text().contains(",") ? " (dùng dấu chấm cho phần thập phân, ví dụ 2.93; không dùng dấu phân cách hàng nghìn)" : "";
                problems.error(node.location(), "trường \"" + key + "\" phải là số, không phải \"" + s.text() + "\"" + hint);
                return Optional.empty();
            }
        }
        problems.error(node.location(), "trường \"" + key + "\" phải là số, không phải " + node.shape());
        return Optional.empty();
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
    }
}
