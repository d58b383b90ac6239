package vn.vinguoingheo.portal.content.read;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.check.SiteSchema;
import vn.vinguoingheo.portal.content.check.Suggestions;
import vn.vinguoingheo.portal.text.VietnameseText;

/** Reads {@code site.yaml}, {@code model-types.yaml} and {@code indicators.yaml}. */
final class SettingsReader {

    /** The results page's list of targets lives at {@code /ket-qua/muc-tieu/}. */
    private static final String RESERVED_INDICATOR = "muc-tieu";
    private static final List<String> CMS_BACKENDS = List.of("github", "gitlab", "gitea");
    private static final Pattern REPOSITORY = Pattern.compile("[^/\\s:]+(/[^/\\s:]+)+");
    /** A folder inside the repository: no empty, hidden or ".." segments, no backslashes. */
    private static final Pattern FOLDER = Pattern.compile("/?[^/\\\\.][^/\\\\]*(/[^/\\\\.][^/\\\\]*)*/?");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/\\s]+\\S*");

    private SettingsReader() {
    }

    static Optional<SiteConfig> siteConfig(SourceText source, Problems problems) {
        return YamlReader.parse(source.text(), source.path(), 1, problems)
                .flatMap(root -> Fields.of(root, "site.yaml", problems))
                .flatMap(fields -> {
                    fields.warnUnknownKeys(SiteSchema.names(SiteSchema.FIELDS));
                    String title = fields.nonBlankText("title", true);
                    URI baseUrl = baseUrl(fields);
                    String language = Optional.ofNullable(fields.nonBlankText("language", false)).orElse("vi");
                    SiteConfig.Contact contact = fields.object("contact", false, c -> new SiteConfig.Contact(
                            c.nonBlankText("name", false), c.nonBlankText("email", false), c.nonBlankText("phone", false)));
                    SiteConfig.Cms cms = fields.object("cms", false, SettingsReader::cms);
                    SiteConfig.Publisher publisher = fields.object("publisher", false, p -> PublisherReader.publisher(p, title, baseUrl));
                    SiteConfig.DataPolicy dataPolicy = Optional.ofNullable(fields.object("open_data", false,
                            d -> PublisherReader.dataPolicy(d, title, baseUrl))).orElseGet(() -> PublisherReader.defaultDataPolicy(title, baseUrl));
                    if (title == null || baseUrl == null) {
                        return Optional.empty();
                    }
                    return Optional.of(new SiteConfig(title, baseUrl, language, fields.nonBlankText("description", false), contact, cms,
                            publisher, dataPolicy));
                });
    }

    private static URI baseUrl(Fields fields) {
        String written = fields.nonBlankText("base_url", true);
        if (written == null) {
            return null;
        }
        Optional<URI> uri = BaseUrl.parse(written);
        if (uri.isEmpty()) {
            fields.problems().error(fields.locationOf("base_url"), "base_url \"" + written
                    + "\" phải là địa chỉ đầy đủ, ví dụ https://vinguoingheo.gov.vn/");
        }
        return uri.orElse(null);
    }

    /** The {@code cms:} section: which git host, repository and branch the editors' CMS works on. */
    private static SiteConfig.Cms cms(Fields fields) {
        fields.warnUnknownKeys(List.of("backend", "repo", "branch", "folder", "auth_url", "app_id", "api_root"));
        String backend = fields.nonBlankText("backend", true);
        if (backend != null && !CMS_BACKENDS.contains(backend)) {
            fields.problems().error(fields.locationOf("backend"), "cms.backend \"" + backend + "\" không hợp lệ; dùng "
                    + String.join(", ", CMS_BACKENDS) + Suggestions.hint(backend, CMS_BACKENDS));
        } else if ("gitea".equals(backend)) {
            fields.problems().warn(fields.locationOf("backend"), "với gitea, CMS chưa có bước duyệt bài "
                    + "(editorial workflow): bài biên tập viên lưu sẽ lên trang ngay");
        }
        String repo = matching(fields, "repo", true, REPOSITORY, "phải có dạng chủ-sở-hữu/tên-kho, ví dụ so-ldtbxh/guong-sang");
        String folder = Optional.ofNullable(matching(fields, "folder", false, FOLDER,
                "phải là đường dẫn thư mục trang trong kho, ví dụ trang-tinh (không có \"..\")")).orElse("");
        String authUrl = matching(fields, "auth_url", false, HTTP_URL, "phải là địa chỉ bắt đầu bằng https://");
        String apiRoot = matching(fields, "api_root", false, HTTP_URL, "phải là địa chỉ bắt đầu bằng https://");
        if (backend == null || repo == null) {
            return null;
        }
        return new SiteConfig.Cms(backend, repo, fields.nonBlankText("branch", false), folder.replaceAll("^/|/$", ""),
                authUrl, fields.nonBlankText("app_id", false), apiRoot);
    }

    /** A text of the cms: section that must match {@code pattern}; a mismatch is reported as breaking {@code rule}. */
    private static String matching(Fields fields, String key, boolean required, Pattern pattern, String rule) {
        String value = fields.nonBlankText(key, required);
        if (value != null && !pattern.matcher(value).matches()) {
            fields.problems().error(fields.locationOf(key), "cms." + key + " \"" + value + "\" " + rule);
            return null;
        }
        return value;
    }

    static Map<String, ModelType> modelTypes(SourceText source, Problems problems) {
        return codeTable(source, problems, (code, fields) -> {
            fields.warnUnknownKeys(List.of("label", "description"));
            String label = fields.nonBlankText("label", true);
            return label == null ? null : new ModelType(code, label, fields.nonBlankText("description", false));
        });
    }

    static Map<String, Indicator> indicators(SourceText source, Problems problems) {
        Map<String, Location> changeOfAt = new LinkedHashMap<>();
        Map<String, Indicator> indicators = codeTable(source, problems, (code, fields) -> {
            fields.warnUnknownKeys(List.of("label", "unit", "better", "description", "group", "change_of"));
            if (code.equals(RESERVED_INDICATOR)) {
                // /ket-qua/muc-tieu/ is the list of every target; an indicator's page there would take its place.
                fields.problems().error(fields.location(), "mã chỉ tiêu \"" + code + "\" đã dành cho trang danh sách mục tiêu; đặt mã khác");
                return null;
            }
            if (fields.has("change_of")) {
                changeOfAt.put(code, fields.locationOf("change_of"));
            }
            String label = fields.nonBlankText("label", true);
            String better = Optional.ofNullable(fields.nonBlankText("better", false)).orElse("lower");
            Indicator.Better direction = switch (better) {
                case "lower" -> Indicator.Better.LOWER;
                case "higher" -> Indicator.Better.HIGHER;
                default -> {
                    fields.problems().error(fields.locationOf("better"), "better \"" + better + "\" không hợp lệ; dùng lower hoặc higher");
                    yield null;
                }
            };
            return label == null || direction == null ? null
                    : new Indicator(code, label, Optional.ofNullable(fields.nonBlankText("unit", false)).orElse(""), direction,
                            fields.nonBlankText("group", false), fields.nonBlankText("change_of", false));
        });
        checkChangeOf(indicators, changeOfAt, problems);
        return indicators;
    }

    /** {@code change_of} names another indicator that is itself a level, not a change. */
    private static void checkChangeOf(Map<String, Indicator> indicators, Map<String, Location> at, Problems problems) {
        for (Indicator indicator : indicators.values()) {
            String level = indicator.changeOf();
            if (level == null) {
                continue;
            }
            Indicator of = indicators.get(level);
            if (of == null) {
                String hint = Suggestions.hint(level, indicators.keySet());
                problems.error(at.get(indicator.code()), "change_of \"" + level + "\" không có trong indicators.yaml"
                        + (hint.isEmpty() ? "; ghi mã của chỉ tiêu mà " + indicator.code() + " là mức thay đổi, ví dụ poor-household-rate" : hint));
            } else if (of.equals(indicator) || of.isChange()) {
                problems.error(at.get(indicator.code()), "change_of \"" + level + "\" phải là chỉ tiêu mức (tỷ lệ, số lượng), không phải "
                        + (of.equals(indicator) ? "chính chỉ tiêu này" : "một mức thay đổi khác"));
            }
        }
    }

    /** A mapping of ASCII codes to entries, in written order. */
    private static <T> Map<String, T> codeTable(SourceText source, Problems problems, BiFunction<String, Fields, T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        YamlReader.parse(source.text(), source.path(), 1, problems)
                .flatMap(root -> Fields.of(root, source.path(), problems))
                .ifPresent(table -> {
                    for (YamlNode.Mapping.Field field : table.fieldsInOrder()) {
                        if (!VietnameseText.isSlug(field.key())) {
                            problems.error(field.keyLocation(), "mã \"" + field.key() + "\" phải là chữ thường không dấu, nối bằng gạch ngang");
                            continue;
                        }
                        Fields.of(field.value(), "mục \"" + field.key() + "\"", problems)
                                .map(fields -> reader.apply(field.key(), fields))
                                .ifPresent(value -> out.put(field.key(), value));
                    }
                });
        return out;
    }
}
