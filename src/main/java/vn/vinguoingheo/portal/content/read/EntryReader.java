package vn.vinguoingheo.portal.content.read;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbake.model.DocumentModel;
import vn.vinguoingheo.portal.content.Alias;
import vn.vinguoingheo.portal.content.BodyImage;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ImageRef;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.KeyFigure;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Period;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.Replication;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.StoryDetails;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.content.check.ContractSchema;
import vn.vinguoingheo.portal.content.check.FieldSpec;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.Stage;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * Turns a parsed Markdown document (front matter and body) into a typed {@link Entry}, checking
 * every field of the content contract for its kind.
 */
final class EntryReader {

    static final int SUMMARY_MAX = ContractSchema.SUMMARY_MAX;

    /**
     * Spellings sites used before the contract settled, read as their current names with a
     * warning, so that an older site still builds. Renames only ever add rows here.
     */
    static final Map<String, String> OLDER_SPELLINGS = Map.of(
            "provinces", "province",
            "model_types", "model_type",
            "replicated", "replicated_in");

    private final Taxonomies taxonomies;

    EntryReader(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    /** Reads one document of the kind its folder gives; problems go to {@code problems}. */
    Optional<Entry> read(DocumentModel document, Kind kind, String fileName, Problems problems) {
        Problems parsing = (Problems) document.get(FrontMatterMarkdownEngine.PROBLEMS);
        problems.addAll(parsing.sorted());
        SourceText source = (SourceText) document.get(FrontMatterMarkdownEngine.SOURCE);
        YamlNode frontMatter = (YamlNode) document.get(FrontMatterMarkdownEngine.FRONT_MATTER);
        if (source == null || frontMatter == null) {
            return Optional.empty();
        }
        return Fields.of(frontMatter, "phần đầu YAML", problems)
                .map(fields -> fields.renaming(OLDER_SPELLINGS))
                .flatMap(fields -> read(fields, kind, source.path(), fileName, document.getBody(), bodyImages(document)));
    }

    @SuppressWarnings("unchecked")
    private static List<BodyImage> bodyImages(DocumentModel document) {
        Object images = document.get(FrontMatterMarkdownEngine.BODY_IMAGES);
        return images == null ? List.of() : (List<BodyImage>) images;
    }

    private Optional<Entry> read(Fields fields, Kind kind, String path, String fileName, String bodyHtml, List<BodyImage> bodyImages) {
        Problems problems = fields.problems();
        Lookups lookups = new Lookups(taxonomies, problems);
        fields.warnUnknownKeys(ContractSchema.names(kind));
        checkDeclaredKind(fields, kind);
        EditorNotes.report(fields);

        String title = fields.nonBlankText("title", true);
        String summary = summary(fields);
        LocalDate date = fields.date(kind == Kind.DECISION ? "issued" : "date", true);
        List<Area> areas = areas(fields, kind, lookups);
        Entry.Details details = switch (kind) {
            case MODEL -> model(fields, lookups);
            case DECISION -> decision(fields, lookups, areas);
            case STORY -> story(fields);
        };
        String slug = slug(fileName, title, fields);
        if (title == null || date == null || slug == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(kind, slug, path, title, date, summary, areas,
                fields.objects("sources", EntryReader::source), fields.texts("tags"), references(fields, "related", null),
                aliases(fields), image(fields), fields.flag("draft"), expires(fields, date), updated(fields, date),
                fields.nonBlankText("note", false), bodyHtml, bodyImages, details));
    }

    private static LocalDate expires(Fields fields, LocalDate date) {
        LocalDate expires = fields.date("expires", false);
        if (expires != null && date != null && !expires.isAfter(date)) {
            fields.problems().error(fields.locationOf("expires"), "ngày gỡ bài (expires) " + expires + " phải sau ngày đăng " + date);
        }
        return expires;
    }

    private static LocalDate updated(Fields fields, LocalDate date) {
        LocalDate updated = fields.date("updated", false);
        if (updated != null && date != null && updated.isBefore(date)) {
            fields.problems().error(fields.locationOf("updated"), "ngày cập nhật (updated) " + updated + " trước ngày đăng " + date
                    + "; ghi ngày bài được sửa nội dung lần cuối");
            return null;
        }
        return updated;
    }

    private static void checkDeclaredKind(Fields fields, Kind kind) {
        String declared = fields.text("kind", false);
        if (declared != null && Kind.byName(declared.strip()).filter(kind::equals).isEmpty()) {
            fields.problems().error(fields.locationOf("kind"), "kind \"" + declared + "\" không khớp với thư mục content/"
                    + kind.folder() + "/ (ở đây là \"" + kind.singular() + "\")");
        }
    }

    private static String summary(Fields fields) {
        String summary = fields.nonBlankText("summary", true);
        if (summary != null && summary.length() > SUMMARY_MAX) {
            fields.problems().error(fields.locationOf("summary"), "tóm tắt dài " + summary.length() + " ký tự; tối đa "
                    + SUMMARY_MAX + " (một hai câu, dùng cho thẻ và phần mô tả khi chia sẻ)");
        }
        return summary;
    }

    private List<Area> areas(Fields fields, Kind kind, Lookups lookups) {
        if (kind == Kind.MODEL) {
            fields.required("province");
        }
        List<Area> areas = lookups.areas(fields, "province");
        if (kind == Kind.DECISION && !fields.has("province")) {
            return List.of(taxonomies.areas().byCode(Area.NATIONAL_CODE).orElseThrow());
        }
        return areas;
    }

    private static String slug(String fileName, String title, Fields fields) {
        if (VietnameseText.isSlug(fileName)) {
            return fileName;
        }
        String derived = title == null ? "" : VietnameseText.slug(title);
        if (derived.isEmpty()) {
            fields.problems().error(fields.locationOf("title"), "không tạo được đường dẫn (slug) từ tên tệp \"" + fileName
                    + "\" hay tiêu đề; đặt tên tệp bằng chữ thường không dấu, nối bằng gạch ngang");
            return null;
        }
        return derived;
    }

    private ModelDetails model(Fields fields, Lookups lookups) {
        fields.required("model_type");
        List<ModelType> types = fields.items("model_type").stream()
                .flatMap(n -> lookups.scalar(n, "model_type").flatMap(code -> lookups.modelType(code, n.location())).stream())
                .distinct().toList();
        Stage stage = Optional.ofNullable(fields.text("stage", false))
                .flatMap(code -> lookups.stage(code.strip(), fields.locationOf("stage"))).orElse(null);
        return new ModelDetails(
                fields.nonBlankText("locality", false),
                types,
                stage,
                fields.year("recognised", false),
                fields.texts("organisations"),
                fields.nonBlankText("challenge", false),
                fields.nonBlankText("beneficiaries", false),
                fields.texts("lessons"),
                fields.objects("figures", EntryReader::keyFigure),
                fields.object("replication", false, EntryReader::replication),
                lookups.areas(fields, "replicated_in"));
    }

    private DecisionDetails decision(Fields fields, Lookups lookups, List<Area> areas) {
        Area defaultArea = areas.isEmpty() ? null : areas.get(0);
        DecisionDetails details = new DecisionDetails(
                fields.nonBlankText("number", true),
                fields.nonBlankText("issuer", true),
                fields.nonBlankText("signer", false),
                fields.object("period", false, EntryReader::period),
                fields.objects("targets", target -> target(target, lookups, defaultArea)),
                null, null, null, null, null, null);
        return DocumentFields.read(fields, details);
    }

    private static StoryDetails story(Fields fields) {
        return new StoryDetails(
                fields.nonBlankText("author", false),
                references(fields, "models", Kind.MODEL),
                references(fields, "decisions", Kind.DECISION));
    }

    /** {@code kind/slug} references, or bare slugs when the field says the kind. */
    private static List<Entry.Reference> references(Fields fields, String key, Kind impliedKind) {
        List<Entry.Reference> out = new ArrayList<>();
        for (YamlNode node : fields.items(key)) {
            if (!(node instanceof YamlNode.Scalar s)) {
                fields.problems().error(node.location(), "mỗi mục của \"" + key + "\" phải là một giá trị đơn");
                continue;
            }
            String text = s.text().strip();
            int slash = text.indexOf('/');
            Optional<Kind> kind = slash < 0 ? Optional.ofNullable(impliedKind) : Kind.byName(text.substring(0, slash));
            String slug = slash < 0 ? text : text.substring(slash + 1);
            if (kind.isEmpty() || slug.isEmpty()) {
                fields.problems().error(node.location(), "tham chiếu \"" + text + "\" phải có dạng loại/slug, ví dụ "
                        + "decisions/qd-666-2022 hoặc models/dan-tham-luc-binh");
                continue;
            }
            out.add(new Entry.Reference(kind.get(), slug, node.location()));
        }
        return List.copyOf(out);
    }

    /**
     * Old paths, written from the site's root ({@code /mo-hinh/ten-cu/}); kept as folders or
     * {@code .html} files, the only things a static host serves as pages.
     */
    private static List<Alias> aliases(Fields fields) {
        List<Alias> out = new ArrayList<>();
        for (YamlNode node : fields.items("aliases")) {
            if (!(node instanceof YamlNode.Scalar s) || s.type() == YamlNode.Scalar.Type.NULL) {
                fields.problems().error(node.location(), "mỗi mục của \"aliases\" phải là một đường dẫn, ví dụ /mo-hinh/ten-cu/");
                continue;
            }
            String written = s.text().strip();
            Optional<String> problem = AliasPaths.problem(written);
            if (problem.isPresent()) {
                fields.problems().error(node.location(), "aliases \"" + written + "\": " + problem.get());
            } else {
                out.add(new Alias(AliasPaths.normalise(written), node.location()));
            }
        }
        return List.copyOf(out);
    }

    private static ImageRef image(Fields fields) {
        String path = fields.nonBlankText("image", false);
        String alt = fields.nonBlankText("image_alt", false);
        String caption = fields.nonBlankText("image_caption", false);
        String credit = fields.nonBlankText("image_credit", false);
        if (path == null) {
            return null;
        }
        if (alt == null && caption != null) {
            // Sites written before captions existed used image_caption for the alternative text: still read as such.
            fields.problems().warn(fields.locationOf("image_caption"), "\"image_caption\" nay là chú thích hiện dưới ảnh; "
                    + "mô tả ảnh cho người không xem được ảnh ghi ở \"image_alt\" (tạm dùng chú thích làm mô tả)");
            alt = caption;
        }
        if (alt == null) {
            fields.problems().error(fields.locationOf("image"), "có \"image\" thì phải có \"image_alt\": mô tả ảnh cho người không xem được ảnh");
        }
        return ImageRef.written(path, alt, caption, credit, fields.locationOf("image"));
    }

    static SourceRef source(Fields fields) {
        fields.warnUnknownKeys(FieldSpec.names(ContractSchema.SOURCE));
        String url = fields.nonBlankText("url", false);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            fields.problems().error(fields.locationOf("url"), "url nguồn phải bắt đầu bằng http:// hoặc https://");
            url = null;
        }
        String written = fields.has("date") ? fields.text("date", false) : null;
        boolean monthOnly = written != null && MONTH.matcher(written.strip()).matches();
        return new SourceRef(fields.nonBlankText("title", true), fields.nonBlankText("publisher", false),
                monthOnly ? null : fields.date("date", false), url, fields.nonBlankText("author", false),
                monthOnly ? YearMonth.parse(written.strip()) : null);
    }

    /** An article that shows only the month it appeared: {@code 2023-10}. */
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private static KeyFigure keyFigure(Fields fields) {
        fields.warnUnknownKeys(FieldSpec.names(ContractSchema.FIGURE));
        return new KeyFigure(fields.nonBlankText("label", true), fields.number("value", true),
                fields.nonBlankText("unit", false), fields.year("year", false), sourceTextOrObject(fields, "source"));
    }

    /** A source written either as a title alone or as {title, publisher, date, url}. */
    private static SourceRef sourceTextOrObject(Fields fields, String key) {
        if (fields.node(key).filter(n -> n instanceof YamlNode.Mapping).isPresent()) {
            return fields.object(key, false, EntryReader::source);
        }
        String title = fields.nonBlankText(key, false);
        return title == null ? null : new SourceRef(title, null, null, null);
    }

    private static Replication replication(Fields fields) {
        fields.warnUnknownKeys(FieldSpec.names(ContractSchema.REPLICATION));
        return new Replication(fields.nonBlankText("conditions", false), fields.nonBlankText("cost", false),
                fields.texts("steps"), fields.nonBlankText("contact", false), fields.nonBlankText("suggested_by", false));
    }

    static Period period(Fields fields) {
        Integer from = fields.year("from", true);
        Integer to = fields.year("to", true);
        if (from == null || to == null) {
            return null;
        }
        if (from > to) {
            fields.problems().error(fields.location(), "giai đoạn từ " + from + " đến " + to + ": năm bắt đầu sau năm kết thúc");
            return null;
        }
        return new Period(from, to);
    }

    private static Target target(Fields fields, Lookups lookups, Area defaultArea) {
        fields.warnUnknownKeys(FieldSpec.names(ContractSchema.TARGET));
        Indicator indicator = Optional.ofNullable(fields.text("indicator", true))
                .flatMap(code -> lookups.indicator(code.strip(), fields.locationOf("indicator"))).orElse(null);
        Area area = Optional.ofNullable(fields.text("area", false))
                .flatMap(a -> lookups.area(a, fields.locationOf("area"))).orElse(defaultArea);
        String written = Optional.ofNullable(fields.text("comparison", false)).map(String::strip).orElse("=");
        Target.Comparison comparison = Arrays.stream(Target.Comparison.values())
                .filter(c -> c.code().equals(written)).findFirst().orElse(null);
        if (comparison == null) {
            fields.problems().error(fields.locationOf("comparison"), "comparison \"" + written + "\" không hợp lệ; dùng <=, >=, = hoặc change");
        }
        return new Target(indicator, area, fields.year("year", true), fields.number("value", true), comparison);
    }
}
