package vn.vinguoingheo.portal.content.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Period;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.registry.Area;

/** Reads a {@code results/*.yaml} file: a list of figures per area, indicator and year. */
final class ResultsReader {

    private static final List<String> FIELDS = List.of("area", "locality", "indicator", "year", "period", "value",
            "kind", "standard", "source", "note", EditorNotes.FIELD);

    private final Taxonomies taxonomies;

    ResultsReader(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    List<ResultFigure> read(SourceText source, Problems problems) {
        Optional<YamlNode> root = YamlReader.parse(source.text(), source.path(), 1, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Sequence figures)) {
            problems.error(root.get().location(), "tệp kết quả phải là một danh sách số liệu, mỗi mục bắt đầu bằng \"- area: …\"");
            return List.of();
        }
        List<ResultFigure> out = new ArrayList<>();
        for (YamlNode item : figures.items()) {
            Fields.of(item, "mỗi số liệu", problems).flatMap(f -> figure(f, new Lookups(taxonomies, problems))).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<ResultFigure> figure(Fields fields, Lookups lookups) {
        fields.warnUnknownKeys(FIELDS);
        EditorNotes.report(fields);
        Area area = Optional.ofNullable(fields.text("area", true))
                .flatMap(code -> lookups.area(code, fields.locationOf("area"))).orElse(null);
        Indicator indicator = Optional.ofNullable(fields.text("indicator", true))
                .flatMap(code -> lookups.indicator(code.strip(), fields.locationOf("indicator"))).orElse(null);
        Integer year = fields.year("year", false);
        Period period = fields.object("period", false, EntryReader::period);
        if (year == null && period == null && !fields.has("year") && !fields.has("period")) {
            fields.problems().error(fields.location(), "thiếu \"year\" (hoặc \"period: {from, to}\")");
        }
        BigDecimal value = fields.number("value", true);
        ResultFigure.FigureKind kind = kind(fields);
        SourceRef source = fields.object("source", kind == ResultFigure.FigureKind.ACTUAL, EntryReader::source);
        if (area == null || indicator == null || (year == null && period == null) || value == null || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new ResultFigure(area, fields.nonBlankText("locality", false), indicator, year, period, value,
                kind, fields.nonBlankText("standard", false), source, fields.nonBlankText("note", false), fields.location()));
    }

    private static ResultFigure.FigureKind kind(Fields fields) {
        String written = fields.text("kind", false);
        if (written == null) {
            return ResultFigure.FigureKind.ACTUAL;
        }
        Optional<ResultFigure.FigureKind> kind = Arrays.stream(ResultFigure.FigureKind.values())
                .filter(k -> k.code().equals(written.strip())).findFirst();
        if (kind.isEmpty()) {
            fields.problems().error(fields.locationOf("kind"), "kind \"" + written + "\" không hợp lệ; dùng actual, target hoặc estimate");
        }
        return kind.orElse(null);
    }
}
