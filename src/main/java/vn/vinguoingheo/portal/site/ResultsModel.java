package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.results.OpenData;
import vn.vinguoingheo.portal.results.Point;
import vn.vinguoingheo.portal.results.Series;
import vn.vinguoingheo.portal.results.SeriesBuilder;
import vn.vinguoingheo.portal.results.SeriesKey;
import vn.vinguoingheo.portal.results.TargetCheck;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * The results part of the site model: every indicator's series (result figures and the targets
 * of public decisions), drawn as sections of the results page and of province pages, decisions'
 * targets against the latest values, and the rows of the open data.
 */
final class ResultsModel {

    private static final ViFormat FMT = new ViFormat();

    private final Urls urls;
    private final Function<Area, AreaLabel> areaLabel;
    private final Map<Indicator, List<Series>> series = new LinkedHashMap<>();
    private final Map<Entry, SourceRef> decisionSources = new LinkedHashMap<>();

    /** @param entries the public entries; their decisions' targets join the series */
    ResultsModel(SiteContent content, List<Entry> entries, Urls urls, Function<Area, AreaLabel> areaLabel) {
        this.urls = urls;
        this.areaLabel = areaLabel;
        Map<Indicator, SeriesBuilder> builders = new LinkedHashMap<>();
        content.indicators().values().forEach(i -> builders.put(i, new SeriesBuilder(i)));
        for (ResultFigure figure : content.results()) {
            builders.get(figure.indicator()).add(figure);
        }
        for (Entry entry : entries) {
            if (entry.details() instanceof DecisionDetails decision) {
                SourceRef source = new SourceRef(entry.title(), decision.issuer(), entry.date(), urls.entry(entry));
                decisionSources.put(entry, source);
                decision.targets().forEach(t -> builders.get(t.indicator()).add(t, source));
            }
        }
        builders.forEach((indicator, builder) -> {
            List<Series> built = builder.build(this::label);
            if (!built.isEmpty()) {
                series.put(indicator, built);
            }
        });
    }

    /** The results page: the national picture, then a section per indicator with a chart and a table. */
    Views.ResultsView page() {
        return new Views.ResultsView(
                national().stream().map(row -> new Views.Headline(row, urls.result(row.indicator()))).toList(),
                sections(s -> true));
    }

    /** A current unit's sections: its own series and those of the legacy units merged into it. */
    List<Views.IndicatorSection> sectionsFor(Area current) {
        return sections(s -> s.key().area().currentCode().equals(current.code()));
    }

    /** The latest national value of each indicator that has one, in the order of indicators.yaml. */
    List<Views.FigureRow> national() {
        List<Views.FigureRow> rows = new ArrayList<>();
        series.forEach((indicator, list) -> list.stream().filter(s -> isNationalTotal(s.key()))
                .flatMap(s -> s.latestObserved().map(p -> row(indicator, s, p)).stream())
                .findFirst().ifPresent(rows::add));
        return rows;
    }

    /** A decision's targets in the order written, each judged against its series. */
    List<Views.TargetRow> targetsOf(Entry decision) {
        if (!(decision.details() instanceof DecisionDetails details) || !decisionSources.containsKey(decision)) {
            return List.of();
        }
        List<Views.TargetRow> checks = new ArrayList<>();
        for (Target target : details.targets()) {
            Point point = Point.of(target, decisionSources.get(decision));
            series.get(target.indicator()).stream().filter(s -> s.points().contains(point)).findFirst()
                    .ifPresent(s -> checks.add(new Views.TargetRow(TargetCheck.of(target.indicator(), s, point),
                            urls.result(target.indicator()))));
        }
        return checks;
    }

    /** Every figure and target as open data rows, in the order the results page shows them. */
    List<OpenData.FigureRecord> openData() {
        List<OpenData.FigureRecord> rows = new ArrayList<>();
        series.forEach((indicator, list) -> rows.addAll(OpenData.records(indicator, list, urls::absolute)));
        return rows;
    }

    private List<Views.IndicatorSection> sections(Predicate<Series> shown) {
        List<Views.IndicatorSection> sections = new ArrayList<>();
        series.forEach((indicator, all) -> {
            List<Series> list = all.stream().filter(shown).toList();
            if (list.isEmpty()) {
                return;
            }
            String id = indicator.code();
            List<TargetCheck> targets = list.stream()
                    .flatMap(s -> s.targets().stream().map(t -> TargetCheck.of(indicator, s, t))).toList();
            List<Views.FigureRow> rows = list.stream().flatMap(s -> s.points().stream().map(p -> row(indicator, s, p))).toList();
            sections.add(new Views.IndicatorSection(indicator, id, urls.result(indicator), list, targets, rows));
        });
        return sections;
    }

    private Views.FigureRow row(Indicator indicator, Series s, Point p) {
        String text = p.isTarget() ? TargetCheck.goal(p, indicator.unit()) : FMT.quantity(p.value(), indicator.unit());
        return new Views.FigureRow(areaLabel.apply(s.key().area()), s.key().locality(), s.key().standard(), indicator,
                p.when(), p.value(), text, p.kind().label(), p.source(), p.note());
    }

    /** "Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh – Can Lộc · chuẩn nghèo đa chiều của tỉnh". */
    private String label(SeriesKey key) {
        StringBuilder label = new StringBuilder(areaLabel.apply(key.area()).label());
        if (key.locality() != null) {
            label.append(" – ").append(key.locality());
        }
        if (key.standard() != null) {
            label.append(" · ").append(key.standard());
        }
        return label.toString();
    }

    private static boolean isNationalTotal(SeriesKey key) {
        return key.area().isNational() && key.locality() == null;
    }
}
