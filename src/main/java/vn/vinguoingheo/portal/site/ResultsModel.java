package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import vn.vinguoingheo.portal.results.FigureCard;
import vn.vinguoingheo.portal.results.OpenData;
import vn.vinguoingheo.portal.results.Point;
import vn.vinguoingheo.portal.results.Scoreboard;
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
    /** The country's figures the results page opens with, in indicators.yaml order; the others are in their themes below. */
    private static final int KEY_FIGURES = 4;

    private final Urls urls;
    private final Function<Area, AreaLabel> areaLabel;
    private final Map<Indicator, List<Series>> series = new LinkedHashMap<>();
    private final Map<Entry, SourceRef> decisionSources = new LinkedHashMap<>();
    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode;
    /** Each level indicator and the indicator that is its change ({@code change_of}), the first written when several are. */
    private final Map<Indicator, Indicator> changeIndicator = new LinkedHashMap<>();

    /** @param entries the public entries; their decisions' targets join the series */
    ResultsModel(SiteContent content, List<Entry> entries, Urls urls, Function<Area, AreaLabel> areaLabel) {
        this.urls = urls;
        this.areaLabel = areaLabel;
        this.indicators = List.copyOf(content.indicators().values());
        this.byCode = content.indicators();
        indicators.stream().filter(Indicator::isChange).filter(i -> byCode.containsKey(i.changeOf()))
                .forEach(i -> changeIndicator.putIfAbsent(byCode.get(i.changeOf()), i));
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
            List<Series> built = builder.build(k -> label(k, true));
            if (!built.isEmpty()) {
                series.put(indicator, built);
            }
        });
    }

    /** The results page: the national picture, the targets' scoreboard, then the indicators by theme. */
    Views.ResultsView page() {
        List<Views.IndicatorSection> all = sections(s -> true, true);
        List<Views.IndicatorSection> levels = all.stream().filter(s -> !s.indicator().isChange()).toList();
        return new Views.ResultsView(headlines().stream().limit(KEY_FIGURES).toList(), scoreboard(all), IndicatorGroups.of(levels), all);
    }

    /** A current unit's sections: its own series and those of the legacy units merged into it, changes told with their levels. */
    List<Views.IndicatorSection> sectionsFor(Area current) {
        return sections(s -> s.key().area().currentCode().equals(current.code()), false);
    }

    /** The latest national value of each level indicator that has one, in indicators.yaml order, with its change and its page. */
    List<Views.Headline> headlines() {
        List<Views.Headline> headlines = new ArrayList<>();
        series.forEach((indicator, list) -> {
            if (indicator.isChange()) {
                return;
            }
            list.stream().filter(s -> isNationalTotal(s.key()))
                    .flatMap(s -> s.latestObserved().map(p -> {
                        FigureCard card = card(indicator, s.key(), List.of(s), changesOf(indicator, x -> isNationalTotal(x.key())));
                        return new Views.Headline(row(indicator, s, p), urls.result(indicator), card.change());
                    }).stream())
                    .findFirst().ifPresent(headlines::add);
        });
        return headlines;
    }

    /** Every target, judged, counted by outcome: a level's section holds its change's targets too. */
    private static Scoreboard scoreboard(List<Views.IndicatorSection> all) {
        return Scoreboard.of(all.stream().filter(s -> !s.indicator().isChange()).flatMap(s -> s.targets().stream()).toList());
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

    /**
     * A section per level indicator with series where {@code shown}, its change indicator's
     * series folded into its cards; with {@code withChanges}, also a section of each change
     * indicator, for its own page.
     */
    private List<Views.IndicatorSection> sections(Predicate<Series> shown, boolean withChanges) {
        List<Views.IndicatorSection> sections = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Series> list = series.getOrDefault(indicator, List.of()).stream().filter(shown).toList();
            if (indicator.isChange()) {
                Indicator level = byCode.get(indicator.changeOf());
                if (withChanges && !list.isEmpty()) {
                    sections.add(new Views.IndicatorSection(indicator, indicator.code(), urls.result(indicator), list, checks(indicator, list),
                            rows(indicator, list), List.of(), null, new Link(urls.result(level), level.label()), List.of()));
                }
                continue;
            }
            Indicator change = changeIndicator.get(indicator);
            List<Series> changes = change == null ? List.of() : changesOf(indicator, shown);
            if (list.isEmpty() && changes.isEmpty()) {
                continue;
            }
            Set<SeriesKey> keys = new TreeSet<>(SeriesKey.ORDER);
            list.forEach(s -> keys.add(s.key()));
            changes.forEach(s -> keys.add(s.key()));
            List<FigureCard> cards = keys.stream().map(k -> card(indicator, k, list, changes)).toList();
            List<TargetCheck> targets = new ArrayList<>(checks(indicator, list));
            if (change != null) {
                targets.addAll(checks(change, changes));
            }
            String standard = sharedStandard(list);
            List<Series> drawn = standard == null ? list
                    : list.stream().map(s -> new Series(s.key(), label(s.key(), false), s.points())).toList();
            Link related = change == null || changes.isEmpty() ? null : new Link(urls.result(change), change.label());
            sections.add(new Views.IndicatorSection(indicator, indicator.code(), urls.result(indicator), drawn, targets,
                    rows(indicator, list), cards, standard, related, change == null ? List.of() : rows(change, changes)));
        }
        return sections;
    }

    private List<Series> changesOf(Indicator level, Predicate<Series> shown) {
        Indicator change = changeIndicator.get(level);
        return change == null ? List.of() : series.getOrDefault(change, List.of()).stream().filter(shown).toList();
    }

    private FigureCard card(Indicator indicator, SeriesKey key, List<Series> levels, List<Series> changes) {
        Series level = levels.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        Series change = changes.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        return FigureCard.of(indicator, key, level, changeIndicator.get(indicator), change, label(key, true));
    }

    private static List<TargetCheck> checks(Indicator indicator, List<Series> list) {
        return list.stream().flatMap(s -> s.targets().stream().map(t -> TargetCheck.of(indicator, s, t))).toList();
    }

    private List<Views.FigureRow> rows(Indicator indicator, List<Series> list) {
        return list.stream().flatMap(s -> s.points().stream().map(p -> row(indicator, s, p))).toList();
    }

    /** The standard all series name, when they all name the same one. */
    private static String sharedStandard(List<Series> list) {
        Set<String> standards = new HashSet<>();
        list.forEach(s -> standards.add(s.key().standard()));
        return standards.size() == 1 ? standards.iterator().next() : null;
    }

    private Views.FigureRow row(Indicator indicator, Series s, Point p) {
        String text = p.isTarget() ? TargetCheck.goal(p, indicator.unit()) : FMT.quantity(p.value(), indicator.unit());
        return new Views.FigureRow(areaLabel.apply(s.key().area()), s.key().locality(), s.key().standard(), indicator,
                p.when(), p.value(), text, p.kind().label(), p.source(), p.note());
    }

    /** "Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh – Can Lộc · chuẩn nghèo đa chiều của tỉnh", the standard only {@code withStandard}. */
    private String label(SeriesKey key, boolean withStandard) {
        StringBuilder label = new StringBuilder(areaLabel.apply(key.area()).label());
        if (key.locality() != null) {
            label.append(" – ").append(key.locality());
        }
        if (withStandard && key.standard() != null) {
            label.append(" · ").append(key.standard());
        }
        return label.toString();
    }

    private static boolean isNationalTotal(SeriesKey key) {
        return key.area().isNational() && key.locality() == null;
    }
}
