package vn.vinguoingheo.portal.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.results.Chart;
import vn.vinguoingheo.portal.results.FigureCard;
import vn.vinguoingheo.portal.results.LineChart;
import vn.vinguoingheo.portal.results.Scoreboard;
import vn.vinguoingheo.portal.results.Series;
import vn.vinguoingheo.portal.results.SeriesKey;
import vn.vinguoingheo.portal.results.TargetCheck;

/** The data each kind of page gives its template: read-only records built once by {@link SiteModel}. */
public final class Views {

    private Views() {
    }

    /**
     * A model, decision or story page.
     *
     * @param badge "bản nháp" or "hẹn giờ" in a preview of an entry not yet public, else null
     * @param body the entry's HTML body with its links to this site carrying the base path
     * @param targets a decision's targets, each against the latest value for its area and indicator
     */
    public record EntryView(Entry entry, String badge, String body, Image image, List<AreaLabel> areas, List<Link> types,
                            List<AreaLabel> replicatedIn, List<Card> related, List<TargetRow> targets) {
    }

    /**
     * An entry's own photo as a page shows it: the widest copy with its size (so the page does not
     * jump while it loads), every copy as a {@code srcset} with the {@code sizes} it is shown at.
     *
     * @param caption shown under the photo, or null; {@code credit} likewise
     * @param smallest the narrowest copy alone, for places that show the photo small (embed cards)
     */
    public record Image(String url, String alt, int width, int height, String srcset, String sizes, String caption, String credit,
                        Image smallest) {
    }

    /** A list of entries: all models, all decisions, all stories. */
    public record ListView(List<Card> cards, Pager pager) {
    }

    /**
     * A current unit's page: its own entries and those filed under the units merged into it.
     *
     * @param replicated models from elsewhere that have been copied here
     */
    public record ProvinceView(Area area, List<Area> merged, List<Card> models, Pager modelPager, List<Card> replicated,
                               List<Card> decisions, List<Card> stories, List<IndicatorSection> results) {
    }

    public record ProvinceCount(Area area, String url, int models, int entries) {
    }

    public record ProvinceIndexView(List<ProvinceCount> provinces, List<Card> national) {
    }

    public record ModelTypeView(ModelType type, List<Card> models, Pager pager) {
    }

    public record TypeCount(ModelType type, String url, int models) {
    }

    public record ModelTypeIndexView(List<TypeCount> types) {
    }

    /** A legacy unit's page: it leads to the current unit. */
    public record LegacyAreaView(Area legacy, AreaLabel current) {
    }

    /** A page at an entry's old path: it leads to the entry. */
    public record RedirectView(Link target) {
    }

    /**
     * One figure or target as a table row.
     *
     * @param value the number, for templates that format it themselves
     * @param text the value as read: "2,93%", "giảm 1,2 điểm %", a target "≤ 1%"
     * @param kind "thực tế", "ước tính" or "mục tiêu"
     * @param source the article, report or (for a target) the decision it comes from
     */
    public record FigureRow(AreaLabel area, String locality, String standard, Indicator indicator, String when,
                            BigDecimal value, String text, String kind, SourceRef source, String note) {
    }

    /**
     * An indicator's results: a chart when it shows a change or a comparison, else each series
     * as a figure card; the targets stated in words, and the same numbers in a table.
     *
     * @param id the section's id in a page that shows several
     * @param url the indicator's own results page
     * @param series what its chart draws; named without their standard when {@code standard} says it once for all
     * @param targets the indicator's targets and those of the indicator that is its change, each judged
     * @param cards one per series (with the change indicator's figures folded in); empty for a change indicator
     * @param standard the poverty standard every series shares, or null
     * @param related for a level, the page of the indicator that is its change; for a change, the level's page; or null
     * @param changeRows the change indicator's figures, for the level's page
     */
    public record IndicatorSection(Indicator indicator, String id, String url, List<Series> series, List<TargetCheck> targets,
                                   List<FigureRow> rows, List<FigureCard> cards, String standard, Link related,
                                   List<FigureRow> changeRows) {

        /** A line only where one can be drawn: some series has two or more actual or estimated values. */
        public boolean charted() {
            return !indicator.isChange() && series.stream().anyMatch(s -> s.observed().size() >= 2);
        }

        /** Drawn when a page shows it, not with the model: {@code check} and the preview's page comparison never need it. */
        public Chart chart() {
            return LineChart.draw("bd-" + id, "Biểu đồ: " + indicator.label(), indicator.unit(), series);
        }

        /**
         * The section as the overview shows it: a chart keeps the country's series and those with a
         * line; the others, and every card, stay on the indicator's page.
         */
        public IndicatorSection glance() {
            if (!charted()) {
                return this;
            }
            Set<SeriesKey> shown = series.stream()
                    .filter(s -> (s.key().area().isNational() && s.key().locality() == null) || s.observed().size() >= 2)
                    .map(Series::key).collect(Collectors.toSet());
            return new IndicatorSection(indicator, id, url, series.stream().filter(s -> shown.contains(s.key())).toList(), targets, rows,
                    cards.stream().filter(c -> shown.contains(c.key())).toList(), standard, related, changeRows);
        }

        /** Its targets counted by outcome, for a page that lists them elsewhere. */
        public Scoreboard targetSummary() {
            return Scoreboard.of(targets);
        }

        /** The cards that have something to say beside a chart: the change indicator's figures (a line shows the rest). */
        public List<FigureCard> changes() {
            return cards.stream().filter(c -> c.changeReported() || !c.otherChanges().isEmpty()).toList();
        }
    }

    /** A theme of the results page ("Hộ nghèo") and its indicators in the order of indicators.yaml. */
    public record IndicatorGroup(String id, String title, List<IndicatorSection> sections) {

        /** How many of three columns it takes on wide screens: a chart two, a card one; small themes then share a row. */
        public int span() {
            return Math.min(3, sections.stream().mapToInt(s -> s.charted() ? 2 : 1).sum());
        }
    }

    /** A decision's target against the latest value, and where the indicator's results are. */
    public record TargetRow(TargetCheck check, String url) {
    }

    /**
     * The results page.
     *
     * @param national the latest national value of each indicator, each linked to the indicator's page
     * @param scoreboard every target counted by outcome; the lists are on the targets page
     * @param groups the indicators by theme, changes folded into their levels
     * @param sections one per indicator with figures or targets, changes included: each has its own page
     */
    public record ResultsView(List<Headline> national, Scoreboard scoreboard, List<IndicatorGroup> groups,
                              List<IndicatorSection> sections) {
    }

    /**
     * A headline figure: a row and the page that shows its indicator in full.
     *
     * @param change how it moved: "giảm 1,1 điểm %", or null
     */
    public record Headline(FigureRow row, String url, String change) {
    }

    /**
     * The search page: its script reads the index; without JavaScript readers browse these lists instead.
     *
     * @param index the link to the search index's table of contents
     */
    public record SearchView(String index, List<Link> browse) {
    }

    /**
     * A page about the portal's publisher (contact, English page); the template reads the publisher from the site's settings.
     *
     * @param language the page's language: {@code vi} or {@code en}
     */
    public record PublisherView(String language) {
    }

    public record HomeView(List<Card> models, List<Card> stories, List<Card> decisions, List<ProvinceCount> provinces,
                           List<TypeCount> types, List<Headline> headline) {
    }
}
