package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.share.OpenGraph;
import vn.vinguoingheo.portal.share.ShareCard;
import vn.vinguoingheo.portal.share.ShareImage;

/**
 * What each page shows when its link is shared: an entry its own drawn image, every other page the
 * site's; and so the list of share images to draw.
 */
final class SharePreviews {

    private final SiteConfig config;
    private final Urls urls;
    private final List<ShareImage> images = new ArrayList<>();
    private final ShareImage siteImage;
    /** What each entry's page shows when shared; read-only once the model is built. */
    private final Map<Entry, EntryShare> byEntry = new IdentityHashMap<>();
    /** The previews of the model this one replaces, for the same settings: an unchanged entry's are reused. */
    private final SharePreviews previous;

    private record EntryShare(OpenGraph graph, ShareImage image) {
    }

    /** @param previous the previews of a model built with the same settings, or null */
    SharePreviews(SiteConfig config, Urls urls, SharePreviews previous) {
        this.config = config;
        this.urls = urls;
        this.previous = previous;
        this.siteImage = image(urls::siteShareImage, new ShareCard("Phong trào thi đua", config.title(), null,
                "Mô hình · Văn bản · Tin tức · Kết quả", config.title(), urls.siteAddress()));
        images.add(siteImage);
    }

    /** Every share image, the site's first. */
    List<ShareImage> images() {
        return images;
    }

    /** A page that is not an entry. */
    OpenGraph page(String url, String title, String description) {
        return new OpenGraph("website", title, description, urls.absolute(url), config.title(), urls.absolute(siteImage.url()),
                siteImage.card().alt(), null);
    }

    /**
     * An entry's page, with its image: kind, title, place and topic.
     *
     * @param areas the entry's card's areas, and {@code types} its types: the same whenever the
     *     entry and the settings are
     * @param photo the output path of the entry's photo copy the card is drawn over, or null
     */
    OpenGraph entry(Entry entry, List<AreaLabel> areas, List<Link> types, String photo) {
        EntryShare share = previous == null ? null : previous.byEntry.get(entry);
        if (share == null) {
            ShareCard card = new ShareCard(entry.kind().label(), entry.title(), place(entry, areas), topic(entry, types),
                    config.title(), urls.siteAddress(), photo);
            ShareImage image = photo == null ? image(version -> urls.shareImage(entry, version), card)
                    : image(version -> urls.sharePhotoImage(entry, version), card);
            // A card over a photo shows the photo first: say what is in it, then what the page is.
            String alt = photo == null ? card.alt() : entry.image().alt() + " – " + entry.title();
            share = new EntryShare(new OpenGraph("article", entry.title(), entry.summary(), urls.absolute(urls.entry(entry)),
                    config.title(), urls.absolute(image.url()), alt, entry.date()), image);
        }
        images.add(share.image());
        byEntry.put(entry, share);
        return share.graph();
    }

    private ShareImage image(Function<String, String> urlOfVersion, ShareCard card) {
        String url = urlOfVersion.apply(card.version());
        return new ShareImage(url, urls.outputFile(url), card);
    }

    /** "Cần Thơ – huyện Cờ Đỏ": the entry's areas, then a model's locality. */
    private static String place(Entry entry, List<AreaLabel> areas) {
        String names = areas.isEmpty() ? null : areas.stream().map(AreaLabel::label).collect(Collectors.joining(", "));
        String locality = entry.details() instanceof ModelDetails model ? model.locality() : null;
        return locality == null ? names : names == null ? locality : names + " – " + locality;
    }

    /** A model's types, or a decision's number and issuer. */
    private static String topic(Entry entry, List<Link> types) {
        if (entry.details() instanceof DecisionDetails decision) {
            return decision.number() + " · " + decision.issuer();
        }
        return types.isEmpty() ? null : types.stream().map(Link::label).collect(Collectors.joining(" · "));
    }
}
