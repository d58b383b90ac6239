package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.List;
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

    SharePreviews(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
        this.siteImage = add(urls::siteShareImage, new ShareCard("Phong trào thi đua", config.title(), null,
                "Mô hình · Văn bản · Tin tức · Kết quả", config.title(), urls.siteAddress()));
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

    /** An entry's page, with its image: kind, title, place and topic. */
    OpenGraph entry(Entry entry, List<AreaLabel> areas, List<Link> types) {
        ShareCard card = new ShareCard(entry.kind().label(), entry.title(), place(entry, areas), topic(entry, types),
                config.title(), urls.siteAddress());
        ShareImage image = add(version -> urls.shareImage(entry, version), card);
        return new OpenGraph("article", entry.title(), entry.summary(), urls.absolute(urls.entry(entry)), config.title(),
                urls.absolute(image.url()), card.alt(), entry.date());
    }

    private ShareImage add(Function<String, String> urlOfVersion, ShareCard card) {
        String url = urlOfVersion.apply(card.version());
        ShareImage image = new ShareImage(url, urls.outputFile(url), card);
        images.add(image);
        return image;
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
