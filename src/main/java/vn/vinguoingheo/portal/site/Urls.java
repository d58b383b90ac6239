package vn.vinguoingheo.portal.site;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.registry.Area;

/**
 * The one place that builds the site's URLs, as the content contract fixes them. Links are
 * root-relative and carry the base URL's path, so a site can live under a sub-path.
 */
public final class Urls {

    private final URI base;
    private final String basePath;

    public Urls(URI base) {
        this.base = base;
        this.basePath = base.getPath();
    }

    public String home() {
        return basePath;
    }

    public String section(Kind kind) {
        return basePath + sectionName(kind) + "/";
    }

    public String models() {
        return section(Kind.MODEL);
    }

    public String decisions() {
        return section(Kind.DECISION);
    }

    public String stories() {
        return section(Kind.STORY);
    }

    public String entry(Entry entry) {
        return entry(entry.kind(), entry.slug());
    }

    public String entry(Kind kind, String slug) {
        return section(kind) + slug + "/";
    }

    public String provinces() {
        return basePath + "tinh/";
    }

    public String province(Area area) {
        return provinces() + area.code() + "/";
    }

    public String modelTypes() {
        return basePath + "loai-mo-hinh/";
    }

    public String modelType(ModelType type) {
        return modelTypes() + type.code() + "/";
    }

    public String results() {
        return basePath + "ket-qua/";
    }

    /** The results as open data: one row per figure, CSV. */
    public String resultsCsv() {
        return basePath + "du-lieu/ket-qua.csv";
    }

    /** The same rows as {@link #resultsCsv()}, JSON. */
    public String resultsJson() {
        return basePath + "du-lieu/ket-qua.json";
    }

    /** Every public model as open data, JSON. */
    public String modelsJson() {
        return basePath + "du-lieu/mo-hinh.json";
    }

    /** Every target by outcome (met, on track, not met, without data), with area, latest value and source. */
    public String resultTargets() {
        return results() + "muc-tieu/";
    }

    /** The open data page: every data file described, beside the files themselves. */
    public String openData() {
        return basePath + "du-lieu/";
    }

    /** The open data files' metadata, DCAT-style JSON-LD. */
    public String dataCatalog() {
        return openData() + "danh-muc.json";
    }

    /** Who runs the portal and how to reach them. */
    public String contact() {
        return basePath + "lien-he/";
    }

    /** The page for partners who read English. */
    public String english() {
        return basePath + "en/";
    }

    /** Decisions of one type ({@code quyet-dinh}), one issuer (its slug) or one year. */
    public String decisionsBy(String facet, String value) {
        return decisions() + facet + "/" + value + "/";
    }

    /** One indicator's results: chart, targets and every figure with its source. */
    public String result(Indicator indicator) {
        return results() + indicator.code() + "/";
    }

    public String feed() {
        return basePath + "feed.xml";
    }

    public String sitemap() {
        return basePath + "sitemap.xml";
    }

    /** Part {@code n} of a sitemap too large for one file. */
    public String sitemapPart(int n) {
        return basePath + "sitemap-" + n + ".xml";
    }

    /** The CMS admin page, for editors. */
    public String admin() {
        return basePath + "admin/";
    }

    /** The CMS configuration, beside its admin page. */
    public String adminConfig() {
        return admin() + "config.yml";
    }

    public String asset(String path) {
        return basePath + "assets/" + path;
    }

    /**
     * An entry's share image, named by its version: apps that keep a shared link's image for
     * weeks fetch the new one as soon as it changes.
     */
    public String shareImage(Entry entry, String version) {
        return entry(entry) + "anh-chia-se-" + version + ".png";
    }

    /** An entry's share image drawn over its photo (a JPEG: a photo has too many colours for PNG). */
    public String sharePhotoImage(Entry entry, String version) {
        return entry(entry) + "anh-chia-se-" + version + ".jpg";
    }

    /** The share image of every page that has none of its own. */
    public String siteShareImage(String version) {
        return basePath + "anh-chia-se-" + version + ".png";
    }

    /** An old path of an entry ({@code mo-hinh/ten-cu/}, from the site's root) as a link. */
    public String alias(String path) {
        return basePath + path;
    }

    /** A page's card for other sites to embed ({@code /mo-hinh/x/nhung/}): models, decisions, stories, provinces. */
    public String embed(String pageUrl) {
        return pageUrl + "nhung/";
    }

    /** The oEmbed document of a page that has an embed card, for editors' systems that discover it. */
    public String oembed(String pageUrl) {
        return pageUrl + "oembed.json";
    }

    /** The site's address as readers write it, for share images: "vinguoingheo.gov.vn", "example.vn/portal". */
    public String siteAddress() {
        String path = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        return base.getAuthority() + path;
    }

    /** Scheme and host, which make a root-relative link absolute (printed pages show links so). */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** Facebook's share dialog for a page (a plain link: no script of Facebook's is loaded). */
    public String facebookShare(String absoluteUrl) {
        return "https://www.facebook.com/sharer/sharer.php?u=" + encode(absoluteUrl);
    }

    /** A new e-mail with the page's title as subject and its address as body. */
    public String emailShare(String subject, String absoluteUrl) {
        return "mailto:?subject=" + encode(subject) + "&body=" + encode(absoluteUrl);
    }

    /** A link that changes with the content it leads to, so that browsers may cache it for long. */
    public String versioned(String link, String version) {
        return link + "?v=" + version;
    }

    /** The search page; it reads the query from {@code ?q=}. */
    public String search() {
        return basePath + "tim-kiem/";
    }

    /** The search index's table of contents, which lists its other files. */
    public String searchIndex() {
        return search() + "chi-muc.json";
    }

    /** A file of the search index: a part of its word list or of its entries. */
    public String searchIndexPart(String name) {
        return search() + "chi-muc/" + name;
    }

    /** The absolute form of a root-relative link, for feeds, sitemaps and share previews. */
    public String absolute(String link) {
        return base.resolve(link).toString();
    }

    /** The output file of a link: folders get their {@code index.html}. */
    public String outputFile(String link) {
        String relative = link.substring(basePath.length());
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    /** Percent-encoding that mail programs read too: a space is %20, never "+". */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String sectionName(Kind kind) {
        return switch (kind) {
            case MODEL -> "mo-hinh";
            case DECISION -> "van-ban";
            case STORY -> "tin-tuc";
        };
    }
}
