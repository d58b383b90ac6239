package vn.vinguoingheo.portal.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.DocumentType;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * The decisions as state document databases list them: a table (số ký hiệu, ngày ban hành, trích
 * yếu, cơ quan ban hành, loại), newest first, and the same table filtered by type, issuer and year
 * on static pages of their own, so that readers filter without JavaScript.
 */
public final class DocumentIndex {

    static final String TEMPLATE = "decision-list";
    static final String BY_TYPE = "loai";
    static final String BY_ISSUER = "co-quan";
    static final String BY_YEAR = "nam";

    /** Makes a site page: URL, template, title, description, data. */
    interface PageMaker {
        Page make(String url, String template, String title, String description, Object data);
    }

    /**
     * One decision as a row of the table.
     *
     * @param type the type's label ("Quyết định"), or null when the entry does not say
     * @param status "Còn hiệu lực"…, or null when the entry does not say
     */
    public record Row(String url, String number, String title, String summary, LocalDate issued, String issuer,
                      String type, String status, String badge) {
    }

    /** A filter value and its page. */
    public record Choice(String url, String label, int count, boolean current) {
    }

    /** One way to filter: by type, by issuer or by year. */
    public record Facet(String heading, List<Choice> choices) {
    }

    /**
     * A page of the table.
     *
     * @param all the unfiltered table's address
     * @param filter what this page is filtered by ("Loại: Quyết định"), or null for the whole table
     */
    public record TableView(List<Row> rows, Pager pager, List<Facet> facets, String all, String filter) {
    }

    private final Urls urls;
    private final List<Entry> decisions;
    private final Function<Entry, String> badge;

    /** @param decisions the public decisions, newest first */
    DocumentIndex(Urls urls, List<Entry> decisions, Function<Entry, String> badge) {
        this.urls = urls;
        this.decisions = decisions;
        this.badge = badge;
    }

    static String issuerSlug(String issuer) {
        return VietnameseText.slug(issuer);
    }

    List<Page> pages(String title, String description, PageMaker maker) {
        Map<String, Group> groups = groups();
        List<Page> pages = new ArrayList<>();
        pages.addAll(table(decisions, urls.decisions(), title, description, null, null, groups, maker));
        for (Group group : groups.values()) {
            String filter = group.facetHeading() + ": " + group.label();
            pages.addAll(table(group.entries(), group.url(), title + " – " + group.label(),
                    "Văn bản lọc theo " + filter.toLowerCase(java.util.Locale.ROOT) + ".", filter, group.url(), groups, maker));
        }
        return pages;
    }

    private List<Page> table(List<Entry> entries, String first, String title, String description, String filter, String current,
                             Map<String, Group> groups, PageMaker maker) {
        List<Row> rows = entries.stream().map(this::row).toList();
        List<Facet> facets = facets(groups, current);
        return Pager.paginate(rows, first, (slice, pager) -> maker.make(Pager.url(first, pager.number()), TEMPLATE,
                pager.number() == 1 ? title : title + " – trang " + pager.number(), description,
                new TableView(slice, pager, facets, urls.decisions(), filter)));
    }

    private Row row(Entry entry) {
        DecisionDetails d = (DecisionDetails) entry.details();
        return new Row(urls.entry(entry), d.number(), entry.title(), entry.summary(), entry.date(), d.issuer(),
                d.documentType() == null ? null : d.documentType().label(), d.status() == null ? null : d.status().label(),
                badge.apply(entry));
    }

    /** A filter value: its facet, label, page and entries (newest first, as in the whole table). */
    private record Group(String facet, String facetHeading, String label, String url, List<Entry> entries) {
    }

    /** Every filter with at least one decision, keyed so that they come in a fixed order: types, issuers, years (newest first). */
    private Map<String, Group> groups() {
        Map<String, Group> groups = new TreeMap<>();
        for (Entry entry : decisions) {
            DecisionDetails d = (DecisionDetails) entry.details();
            if (d.documentType() != null) {
                DocumentType type = d.documentType();
                add(groups, "1-" + String.format("%02d", type.ordinal()), BY_TYPE, "Loại", type.label(), type.code(), entry);
            }
            String issuer = issuerSlug(d.issuer());
            if (!issuer.isEmpty()) {
                add(groups, "2-" + issuer, BY_ISSUER, "Cơ quan ban hành", d.issuer(), issuer, entry);
            }
            int year = entry.date().getYear();
            add(groups, "3-" + (99999 - year), BY_YEAR, "Năm ban hành", String.valueOf(year), String.valueOf(year), entry);
        }
        return groups;
    }

    private void add(Map<String, Group> groups, String key, String facet, String heading, String label, String value, Entry entry) {
        groups.computeIfAbsent(key, k -> new Group(facet, heading, label, urls.decisionsBy(facet, value), new ArrayList<>()))
                .entries().add(entry);
    }

    private static List<Facet> facets(Map<String, Group> groups, String current) {
        List<Facet> facets = new ArrayList<>();
        for (String facet : List.of(BY_TYPE, BY_ISSUER, BY_YEAR)) {
            List<Group> of = groups.values().stream().filter(g -> g.facet().equals(facet)).toList();
            if (!of.isEmpty()) {
                facets.add(new Facet(of.get(0).facetHeading(), of.stream()
                        .map(g -> new Choice(g.url(), g.label(), g.entries().size(), g.url().equals(current))).toList()));
            }
        }
        return facets;
    }
}
