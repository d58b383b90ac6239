package vn.vinguoingheo.portal.site;

import java.math.BigDecimal;
import java.util.List;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.registry.Area;

/** The data each kind of page gives its template: read-only records built once by {@link SiteModel}. */
public final class Views {

    private Views() {
    }

    /**
     * A model, decision or story page.
     *
     * @param badge "bản nháp" or "hẹn giờ" in a preview of an entry not yet public, else null
     * @param body the entry's HTML body with its links to this site carrying the base path
     */
    public record EntryView(Entry entry, String badge, String body, List<AreaLabel> areas, List<Link> types, List<AreaLabel> replicatedIn,
                            List<Card> related) {
    }

    /** A list of entries: all models, all decisions, all stories. */
    public record ListView(List<Card> cards) {
    }

    /** A current unit's page: its own entries and those filed under the units merged into it. */
    public record ProvinceView(Area area, List<Area> merged, List<Card> models, List<Card> decisions, List<Card> stories,
                               List<FigureRow> figures) {
    }

    public record ProvinceCount(Area area, String url, int models, int entries) {
    }

    public record ProvinceIndexView(List<ProvinceCount> provinces, List<Card> national) {
    }

    public record ModelTypeView(ModelType type, List<Card> models) {
    }

    public record TypeCount(ModelType type, String url, int models) {
    }

    public record ModelTypeIndexView(List<TypeCount> types) {
    }

    /** A legacy unit's page: it leads to the current unit. */
    public record LegacyAreaView(Area legacy, AreaLabel current) {
    }

    /** One figure as a table row. */
    public record FigureRow(AreaLabel area, String locality, Indicator indicator, String when, BigDecimal value,
                            String kind, String standard, SourceRef source, String note) {
    }

    public record IndicatorSection(Indicator indicator, List<FigureRow> rows) {
    }

    public record ResultsView(List<IndicatorSection> sections) {
    }

    /**
     * The search page: its script reads the index; without JavaScript readers browse these lists instead.
     *
     * @param index the link to the search index's table of contents
     */
    public record SearchView(String index, List<Link> browse) {
    }

    public record HomeView(List<Card> models, List<Card> stories, List<Card> decisions, List<ProvinceCount> provinces,
                           List<TypeCount> types, List<FigureRow> headline) {
    }
}
