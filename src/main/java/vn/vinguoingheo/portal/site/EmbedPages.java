package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.KeyFigure;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.results.TargetCheck;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * The card pages other sites embed ({@code <page>/nhung/}): one per entry and one per current
 * unit with its newest models. Cards clamp their texts to a few lines, so each kind of card has
 * one height that fits it from 280 px wide, the height the embed code gives the iframe.
 */
final class EmbedPages {

    /** How many of a unit's newest models its card lists. */
    static final int LATEST = 5;
    /**
     * Heights in CSS pixels, measured in Chromium at 280 px (where texts wrap most) with every
     * clamped text at its limit (EmbedInBrowserTest), plus a few pixels for other fonts.
     */
    private static final int ENTRY_HEIGHT = 418;
    private static final int PHOTO_HEIGHT = 142;
    private static final int FIGURE_HEIGHT = 90;
    private static final int PROVINCE_HEIGHT = 256;
    private static final int PROVINCE_ROW_HEIGHT = 78;
    private static final int PROVINCE_EMPTY_HEIGHT = 280;
    private static final ViFormat FORMAT = new ViFormat();

    private final Urls urls;
    private final String siteTitle;

    EmbedPages(Urls urls, String siteTitle) {
        this.urls = urls;
        this.siteTitle = siteTitle;
    }

    /** The card of an entry, from its page. */
    Page entry(Page page) {
        Views.EntryView view = (Views.EntryView) page.data();
        Entry entry = view.entry();
        Views.Image photo = photo(view);
        EmbedView.Figure figure = figure(view);
        int height = ENTRY_HEIGHT + (photo == null ? 0 : PHOTO_HEIGHT) + (figure == null ? 0 : FIGURE_HEIGHT);
        Embed embed = Embed.of(urls, page.url(), entry.kind().label() + ": " + entry.title() + " – " + siteTitle, height);
        EmbedView card = new EmbedView(embed, entry.kind().label(), entry.kind().singular(), entry.title(), place(view),
                topics(view), entry.summary(), entry.date(), photo, figure, List.of(), 0,
                entry.kind() == Kind.MODEL ? "Xem cách nhân rộng" : "Xem chi tiết");
        return new Page(embed.card(), "embed", entry.title(), entry.summary(), card, page.share());
    }

    /** The card of a current unit: its newest models. */
    Page province(Page page, Area area, List<Card> models) {
        List<Card> latest = List.copyOf(models.subList(0, Math.min(LATEST, models.size())));
        int height = latest.isEmpty() ? PROVINCE_EMPTY_HEIGHT : PROVINCE_HEIGHT + latest.size() * PROVINCE_ROW_HEIGHT;
        Embed embed = Embed.of(urls, page.url(), "Mô hình mới nhất của " + area.fullName() + " – " + siteTitle, height);
        EmbedView card = new EmbedView(embed, "Mô hình mới nhất", "province", area.fullName(), null, List.of(), null, null, null,
                null, latest, models.size(), "Xem mọi mô hình của " + area.fullName());
        return new Page(embed.card(), "embed-province", "Mô hình mới nhất của " + area.fullName(), page.description(), card,
                page.share());
    }

    /**
     * The photo a card shows: the smallest copy of the entry's photo (the card shows it 140 px tall).
     */
    static Views.Image photo(Views.EntryView view) {
        return view.image() == null ? null : view.image().smallest();
    }

    /** A model's first result, or a decision's first target; a story has none. */
    private static EmbedView.Figure figure(Views.EntryView view) {
        if (view.entry().details() instanceof ModelDetails model && !model.figures().isEmpty()) {
            KeyFigure f = model.figures().get(0);
            return new EmbedView.Figure(FORMAT.quantity(f.value(), f.unit()), f.year() == null ? f.label() : f.label() + " (" + f.year() + ")");
        }
        if (!view.targets().isEmpty()) {
            TargetCheck t = view.targets().get(0).check();
            return new EmbedView.Figure(TargetCheck.goal(t.target(), t.indicator().unit()),
                    "Mục tiêu " + midSentence(t.indicator().label()) + " năm " + t.target().year() + ", " + t.series().label());
        }
        return null;
    }

    /** "tỷ lệ hộ nghèo" from "Tỷ lệ hộ nghèo", but "GDP" stays. */
    private static String midSentence(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1) : label;
    }

    /** "Cần Thơ – huyện Cờ Đỏ": the entry's areas, then a model's locality. */
    private static String place(Views.EntryView view) {
        List<String> names = view.areas().stream().map(AreaLabel::label).toList();
        String areas = names.isEmpty() ? null : String.join(", ", names);
        String locality = view.entry().details() instanceof ModelDetails model ? model.locality() : null;
        return locality == null ? areas : areas == null ? locality : areas + " – " + locality;
    }

    private static List<String> topics(Views.EntryView view) {
        List<String> topics = new ArrayList<>();
        if (view.entry().details() instanceof DecisionDetails decision) {
            topics.add(decision.number());
            topics.add(decision.issuer());
        }
        view.types().forEach(type -> topics.add(type.label()));
        return List.copyOf(topics);
    }
}
