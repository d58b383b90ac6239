package vn.vinguoingheo.portal.cms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vinguoingheo.portal.content.Alias;
import vn.vinguoingheo.portal.content.DocumentStatus;
import vn.vinguoingheo.portal.content.DocumentType;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.content.check.ContractSchema;
import vn.vinguoingheo.portal.content.check.FieldSpec;
import vn.vinguoingheo.portal.content.check.FieldType;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.registry.Stage;

/**
 * The CMS input for each field of the contract: its widget, required flag, Vietnamese label and
 * hint, and for codes a select whose options come from the area registry and the site's taxonomies.
 */
final class Widgets {

    /** The date format of the contract, in the CMS's (Day.js) notation. */
    private static final String DATE_FORMAT = "YYYY-MM-DD";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Heading levels start at 2 in a body: the page title is its only h1. */
    private static final List<String> BODY_BUTTONS = List.of("bold", "italic", "link", "heading-two", "heading-three",
            "quote", "bulleted-list", "numbered-list");

    private final AreaRegistry areas;
    private final Collection<ModelType> modelTypes;
    private final Collection<Indicator> indicators;

    Widgets(AreaRegistry areas, Collection<ModelType> modelTypes, Collection<Indicator> indicators) {
        this.areas = areas;
        this.modelTypes = modelTypes;
        this.indicators = indicators;
    }

    /** The inputs for some fields, leaving out those an editor never fills in. */
    ArrayNode fields(List<FieldSpec> fields) {
        ArrayNode out = JSON.arrayNode();
        fields.stream().filter(f -> f.type() != FieldType.KIND).map(this::field).forEach(out::add);
        return out;
    }

    /** The Markdown body that follows the front matter. */
    ObjectNode body() {
        ObjectNode body = JSON.objectNode()
                .put("name", "body")
                .put("label", "Nội dung")
                .put("hint", "Đề mục trong bài bắt đầu từ cỡ 2; tên bài đã là đề mục lớn nhất.")
                .put("required", false)
                .put("widget", "markdown");
        BODY_BUTTONS.forEach(body.putArray("buttons")::add);
        body.putArray("editor_components").add("image");
        return body;
    }

    private ObjectNode field(FieldSpec spec) {
        ObjectNode node = JSON.objectNode().put("name", spec.name()).put("label", spec.label());
        if (spec.hint() != null) {
            node.put("hint", spec.hint());
        }
        node.put("required", spec.required());
        switch (spec.type()) {
            case TEXT -> node.put("widget", "string");
            case LONG_TEXT -> node.put("widget", "text");
            case SUMMARY -> node.put("widget", "text").put("maxlength", ContractSchema.SUMMARY_MAX);
            case URL -> node.put("widget", "string").put("type", "url");
            case DATE -> date(node);
            case PUBLICATION_DATE -> date(node).put("default", "{{now}}");
            case YEAR -> node.put("widget", "number").put("value_type", "int").put("min", 1000).put("max", 9999);
            case NUMBER -> node.put("widget", "number").put("value_type", "float").put("step", 0.01);
            case COUNT -> node.put("widget", "number").put("value_type", "int").put("min", 1);
            case BOOLEAN -> node.put("widget", "boolean").put("default", false);
            // The contract takes files of the site only, so no address from elsewhere.
            case IMAGE -> node.put("widget", "image").put("choose_url", false);
            case AREA -> select(node, areaOptions(true), false);
            case AREA_LIST -> select(node, areaOptions(true), true);
            case PROVINCE_LIST -> select(node, areaOptions(false), true);
            case MODEL_TYPE_LIST -> select(node, modelTypes.stream().map(t -> option(t.label(), t.code())), true);
            case STAGE -> select(node, Arrays.stream(Stage.values()).map(s -> option(s.label(), s.code())), false);
            case INDICATOR -> select(node, indicators.stream().map(i -> option(i.label(), i.code())), false);
            case COMPARISON -> select(node, Arrays.stream(Target.Comparison.values()).map(c -> option(c.symbol(), c.code())), false);
            case DOCUMENT_TYPE -> select(node, Arrays.stream(DocumentType.values()).map(t -> option(t.label(), t.code())), false);
            case DOCUMENT_STATUS -> select(node, Arrays.stream(DocumentStatus.values()).map(s -> option(s.label(), s.code())), false);
            // Uploaded into the site's media folder and written /assets/…, as images are.
            case FILE -> node.put("widget", "file").put("choose_url", false);
            case TEXT_LIST -> node.put("widget", "list").set("field", item(spec));
            case PATH_LIST -> node.put("widget", "list").set("field", item(spec).set("pattern",
                    JSON.arrayNode().add(Alias.PATTERN).add("Viết đường dẫn trong trang, ví dụ /mo-hinh/ten-cu/")));
            case REFERENCE_LIST -> node.put("widget", "list").set("field", item(spec).set("pattern", referencePattern()));
            case MODEL_LIST -> relation(node, Kind.MODEL);
            case DECISION_LIST -> relation(node, Kind.DECISION);
            case OBJECT -> node.put("widget", "object").set("fields", fields(spec.fields()));
            case OBJECT_LIST -> node.put("widget", "list").set("fields", fields(spec.fields()));
            case KIND -> throw new IllegalArgumentException("the kind of an entry is its folder's, not an input");
        }
        return node;
    }

    private static ObjectNode date(ObjectNode node) {
        return node.put("widget", "datetime").put("type", "date").put("format", DATE_FORMAT).put("time_format", false);
    }

    private static void select(ObjectNode node, Stream<ObjectNode> options, boolean multiple) {
        node.put("widget", "select").put("multiple", multiple);
        options.forEach(node.putArray("options")::add);
    }

    /** The country where it may be named, the current units, then the legacy ones with their successor. */
    private Stream<ObjectNode> areaOptions(boolean withCountry) {
        Stream<ObjectNode> country = withCountry
                ? areas.byCode(Area.NATIONAL_CODE).map(a -> option(a.name(), a.code())).stream()
                : Stream.empty();
        return Stream.of(country,
                areas.current().stream().map(a -> option(a.name(), a.code())),
                areas.legacy().stream().map(a -> option(a.name() + " (nay thuộc " + areas.currentOf(a).name() + ")", a.code())))
                .flatMap(s -> s);
    }

    private static ObjectNode option(String label, String value) {
        return JSON.objectNode().put("label", label).put("value", value);
    }

    /** One item of a list of texts. */
    private static ObjectNode item(FieldSpec list) {
        return JSON.objectNode().put("name", "item").put("label", list.label()).put("widget", "string");
    }

    /** {@code kind/slug}, where kind is a folder name or its singular, as the reader accepts. */
    private static ArrayNode referencePattern() {
        String kinds = Arrays.stream(Kind.values()).flatMap(k -> Stream.of(k.folder(), k.singular()))
                .collect(Collectors.joining("|"));
        return JSON.arrayNode()
                .add("^(" + kinds + ")/[a-z0-9]+(-[a-z0-9]+)*$")
                .add("Viết dạng loại/tên-tệp, ví dụ decisions/qd-666-2022");
    }

    private static void relation(ObjectNode node, Kind kind) {
        node.put("widget", "relation").put("collection", CmsConfig.collectionName(kind)).put("multiple", true)
                .put("value_field", "{{slug}}");
        node.putArray("search_fields").add("title");
        node.putArray("display_fields").add("title");
    }
}
