package vn.vinguoingheo.portal.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.vinguoingheo.portal.content.Alias;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.BodyImage;
import vn.vinguoingheo.portal.content.ImageRef;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.StoryDetails;
import vn.vinguoingheo.portal.photo.Photo;
import vn.vinguoingheo.portal.photo.PhotoCopies;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.share.ShareCard;
import vn.vinguoingheo.portal.share.ShareImage;

/**
 * The site as pages: built once from checked content, read-only afterwards. It decides what is
 * public (no drafts), how entries are grouped (by current province, by model type) and in what
 * order (newest first, then by slug, so output never varies), what each page shows when shared,
 * and where entries' old paths lead.
 */
public final class SiteModel {

    public static final int FEED_SIZE = 50;
    private static final int HOME_MODELS = 6;
    private static final int HOME_OTHERS = 4;
    private static final Comparator<Entry> NEWEST_FIRST = SiteModel::newestFirst;

    private final SiteConfig config;
    private final Urls urls;
    private final AreaRegistry areas = AreaRegistry.builtIn();
    private final SiteContent content;
    private final List<Entry> entries;
    /** The public entries of each kind, newest first. */
    private final Map<Kind, List<Entry>> byKind = new EnumMap<>(Kind.class);
    private final Assets assets;
    private final Path siteDir;
    /** Public entries by kind and slug, for links between them. */
    private final Map<Kind, Map<String, Entry>> byKindAndSlug = new EnumMap<>(Kind.class);
    /** Entries by the code of each current unit they are in, models by each unit they were copied in, and by type: newest first. */
    private final Map<String, List<Entry>> byArea;
    private final Map<String, List<Entry>> byReplicatedArea;
    private final Map<ModelType, List<Entry>> byType;
    /** Every public entry's card, made while the pages are; read-only once the model is built. */
    private final Map<Entry, Card> cards;
    private final Map<Area, AreaLabel> areaLabels = new HashMap<>();
    private final ResultsModel results;
    private MapsModel maps;
    private final List<Page> pages = new ArrayList<>();
    private final SharePreviews previews;
    private final EmbedPages embeds;
    /** How to embed each page that has a card for other sites, by the page's URL. */
    private final Map<String, Embed> embedded = new HashMap<>();
    private final Problems problems = new Problems();
    /** The open data files and their descriptions, made when first asked for. */
    private final java.util.function.Supplier<Datasets.Published> openData = Datasets.once(this::publishData);
    private volatile Map<String, Entry> entryByAbsoluteUrl;

    private final Visibility visibility;
    /** The model this one replaces, while this one is built, when made for the same settings and day. */
    private SiteModel previous;

    private SiteModel(SiteContent content, SiteConfig config, Path siteDir, Visibility visibility, SiteModel previous) {
        this.content = content;
        this.config = config;
        this.visibility = visibility;
        this.urls = new Urls(config.baseUrl());
        this.assets = Assets.of(siteDir, urls);
        this.siteDir = siteDir;
        this.entries = shown(content.entries(), visibility);
        this.cards = new IdentityHashMap<>(entries.size());
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
            byKindAndSlug.put(kind, new HashMap<>());
        }
        for (Entry entry : entries) {
            byKind.get(entry.kind()).add(entry);
            byKindAndSlug.get(entry.kind()).put(entry.slug(), entry);
        }
        List<Entry> models = byKind.get(Kind.MODEL);
        this.byArea = index(entries, e -> currentCodes(e.areas()));
        this.byReplicatedArea = index(models, e -> currentCodes(((ModelDetails) e.details()).replicatedIn()));
        this.byType = index(models, e -> ((ModelDetails) e.details()).modelTypes());
        this.previous = previous != null && previous.config.equals(config) && previous.visibility.equals(visibility) ? previous : null;
        this.previews = new SharePreviews(config, urls, this.previous == null ? null : this.previous.previews);
        this.embeds = new EmbedPages(urls, config.title());
        this.results = new ResultsModel(content, entries, urls, this::areaLabel);
    }

    /**
     * @param config the site's settings, possibly changed for this build (another base URL for a preview)
     * @param siteDir the site folder, whose {@code assets/} override the built-in ones
     * @param visibility which entries to show (drafts and scheduled ones only in a preview)
     */
    public static SiteModel build(SiteContent content, SiteConfig config, Path siteDir, Visibility visibility) {
        return build(content, config, siteDir, visibility, null);
    }

    /**
     * Builds a model as {@link #build(SiteContent, SiteConfig, Path, Visibility)} does, taking
     * from {@code previous} what depends only on an entry that has not changed (the same object,
     * as an {@code EntryCache} keeps it) and on the settings: its card and share preview. The
     * preview server rebuilds the model on every save, and most entries are the same.
     */
    public static SiteModel build(SiteContent content, SiteConfig config, Path siteDir, Visibility visibility, SiteModel previous) {
        SiteModel model = new SiteModel(content, config, siteDir, visibility, previous);
        model.addPages();
        model.addRedirects();
        model.previous = null;
        return model;
    }

    public SiteConfig config() {
        return config;
    }

    public Urls urls() {
        return urls;
    }

    /** The checked content the site is built from, drafts and taxonomies included. */
    public SiteContent content() {
        return content;
    }

    /** The province maps, for templates: {@code site.maps}. */
    public MapsModel maps() {
        return maps;
    }

    public Assets assets() {
        return assets;
    }

    /** The versioned link to an asset, for templates: {@code site.asset("style.css")}. */
    public String asset(String name) {
        return assets.url(name);
    }

    public List<Page> pages() {
        return pages;
    }

    /** Every share image to draw: the site's own, then one per entry. */
    public List<ShareImage> shareImages() {
        return previews.images();
    }

    /** Problems only the whole site shows: old paths ({@code aliases}) that clash with a page or with each other. */
    public List<Problem> problems() {
        return problems.sorted();
    }

    /** Entry pages: one per public model, decision and story. */
    public List<Page> entryPages() {
        return pages.stream().filter(p -> p.data() instanceof Views.EntryView).toList();
    }

    /** Every other page but the home page (which JBake's index renderer draws). */
    public List<Page> indexPages() {
        return pages.stream().filter(p -> !(p.data() instanceof Views.EntryView) && !p.url().equals(urls.home())).toList();
    }

    public Page home() {
        return pages.stream().filter(p -> p.url().equals(urls.home())).findFirst().orElseThrow();
    }

    /** The page shown for any address the site does not have. */
    public Page notFound() {
        return page(urls.home() + "404.html", "error404", "Không tìm thấy trang",
                "Trang bạn tìm không có hoặc đã được chuyển đi.", null);
    }

    /** The newest entries of every kind, for the Atom feed. */
    public List<Card> feed() {
        return entries.stream().limit(FEED_SIZE).map(this::card).toList();
    }

    /** The date of the newest public entry: the feed's "updated", stable across builds. */
    public LocalDate updated() {
        return entries.stream().map(Entry::lastChanged).max(Comparator.naturalOrder()).orElse(LocalDate.of(2016, 1, 1));
    }

    /** The open data files, written beside the pages: the data, then their catalogue. Made with the pages. */
    public List<DataFile> dataFiles() {
        return openData.get().files();
    }

    /** A decision's attached file and the decision that replaced it, as links for its page. */
    public DocumentLinks.DocumentView document(Entry entry) {
        return DocumentLinks.of(entry, urls, assets, d -> byKindAndSlug.get(Kind.DECISION).get(d.replacedBy().slug()));
    }

    /** The day the entry at an absolute URL last changed (YYYY-MM-DD), for the sitemap; null for other pages. */
    public String lastmod(String absoluteUrl) {
        Entry entry = byAbsoluteUrl().get(absoluteUrl);
        return entry == null ? null : entry.lastChanged().toString();
    }

    private Map<String, Entry> byAbsoluteUrl() {
        Map<String, Entry> map = entryByAbsoluteUrl;
        if (map == null) {
            map = new HashMap<>();
            for (Entry entry : entries) {
                map.put(urls.absolute(urls.entry(entry)), entry);
            }
            entryByAbsoluteUrl = map;
        }
        return map;
    }

    /** Absolute URLs of every indexable page (pages that only lead elsewhere, and cards for other sites, left out). */
    public List<String> sitemap() {
        return pages.stream().filter(p -> !(p.data() instanceof Views.LegacyAreaView || p.data() instanceof Views.RedirectView
                        || p.data() instanceof EmbedView))
                .map(p -> urls.absolute(p.url())).toList();
    }

    /** A sitemap file holds at most 50,000 URLs (the protocol's limit); a larger site gets several and an index. */
    public static final int SITEMAP_LIMIT = 50_000;

    /** The sitemap's URLs in files of at most {@link #SITEMAP_LIMIT}: one part for most sites. */
    public List<List<String>> sitemapParts() {
        return split(sitemap(), SITEMAP_LIMIT);
    }

    /** Absolute URLs of the sitemap's part files, when there is more than one. */
    public List<String> sitemapPartUrls() {
        int parts = sitemapParts().size();
        return parts < 2 ? List.of() : IntStream.rangeClosed(1, parts)
                .mapToObj(n -> urls.absolute(urls.sitemapPart(n))).toList();
    }

    static <T> List<List<T>> split(List<T> items, int limit) {
        List<List<T>> parts = new ArrayList<>();
        for (int start = 0; start < items.size(); start += limit) {
            parts.add(items.subList(start, Math.min(items.size(), start + limit)));
        }
        return parts.isEmpty() ? List.of(List.of()) : parts;
    }

    /** The oEmbed documents of the pages that have an embed card, written beside those pages. */
    public List<DataFile> oembedFiles() {
        return pages.stream().filter(p -> p.data() instanceof EmbedView).map(p -> OEmbed.file(p, config.title(), urls)).toList();
    }

    /** How to embed a page's card on another site, or null for a page that has none. */
    public Embed embedOf(Page page) {
        return embedded.get(page.url());
    }

    /** The main navigation. */
    public List<Link> navigation() {
        return List.of(new Link(urls.section(Kind.MODEL), "Mô hình"), new Link(urls.provinces(), "Theo tỉnh, thành"),
                new Link(urls.modelTypes(), "Theo loại mô hình"), new Link(urls.section(Kind.DECISION), "Văn bản"),
                new Link(urls.section(Kind.STORY), "Tin tức"), new Link(urls.results(), "Kết quả"));
    }

    private void addPages() {
        Views.ResultsView resultsPage = results.page();
        maps = new MapsModel(areas, provinceCounts(), resultsPage.sections());
        addHome(resultsPage.national());
        for (Kind kind : Kind.values()) {
            if (kind == Kind.DECISION) {
                pages.addAll(new DocumentIndex(urls, byKind.get(kind), visibility::badge)
                        .pages(listTitle(kind), listDescription(kind), this::page));
                continue;
            }
            List<Card> cards = ofKind(kind).map(this::card).toList();
            pages.addAll(Pager.paginate(cards, urls.section(kind), (slice, pager) -> page(Pager.url(urls.section(kind), pager.number()),
                    kind.singular() + "-list", numbered(listTitle(kind), pager), listDescription(kind), new Views.ListView(slice, pager))));
        }
        for (Entry entry : entries) {
            Page page = entryPage(entry);
            pages.add(page);
            addEmbed(page, embeds.entry(page));
        }
        addProvincePages();
        addModelTypePages();
        pages.add(page(urls.results(), "results", "Kết quả giảm nghèo",
                "Số liệu giảm nghèo cả nước và từng tỉnh, thành: biểu đồ, mục tiêu so với thực tế, nguồn và dữ liệu mở.",
                resultsPage));
        pages.add(page(urls.resultTargets(), "targets", "Mục tiêu giảm nghèo: đã đạt, đang tiến bộ, chưa đạt",
                "Mọi mục tiêu của văn bản và báo cáo so với số liệu mới nhất: địa bàn, mục tiêu, giá trị gần nhất và nguồn.",
                resultsPage.scoreboard()));
        for (Views.IndicatorSection section : resultsPage.sections()) {
            pages.add(page(section.url(), "result", section.indicator().label(),
                    section.indicator().label() + ": số liệu cả nước và từng tỉnh, thành, mục tiêu so với thực tế, kèm nguồn.",
                    section));
        }
        pages.add(page(urls.search(), "search", "Tìm kiếm",
                "Tìm mô hình, văn bản và tin tức, gõ có dấu hay không dấu đều được.",
                new Views.SearchView(urls.searchIndex(), List.of(new Link(urls.provinces(), "Theo tỉnh, thành"),
                        new Link(urls.modelTypes(), "Theo loại mô hình"), new Link(urls.models(), "Mọi mô hình"),
                        new Link(urls.decisions(), "Mọi văn bản"), new Link(urls.stories(), "Mọi tin tức")))));
        addPublisherPages();
    }

    /** The open data files, then their DCAT catalogue, and their descriptions. */
    private Datasets.Published publishData() {
        List<DataFile> files = OpenDataFiles.of(results, byKind.get(Kind.MODEL), urls);
        LocalDate resultsUpdated = Optional.ofNullable(OpenDataFiles.resultsUpdated(results)).orElseGet(this::updated);
        LocalDate modelsUpdated = ofKind(Kind.MODEL).map(Entry::lastChanged).max(Comparator.naturalOrder()).orElseGet(this::updated);
        List<Datasets.Dataset> datasets = Datasets.describe(files, urls, config.dataPolicy(), resultsUpdated, modelsUpdated);
        List<DataFile> all = new ArrayList<>(files);
        all.add(new DataFile(urls.dataCatalog(), Datasets.catalog(datasets, config, urls)));
        return new Datasets.Published(List.copyOf(all), datasets);
    }

    /** Who runs the portal (/lien-he/, /en/) and what its open data is (/du-lieu/). */
    private void addPublisherPages() {
        pages.add(page(urls.openData(), "datasets", "Dữ liệu mở",
                "Các tệp dữ liệu mở của trang: nội dung, định dạng, dung lượng, các cột, giấy phép, cách trích dẫn và ngày cập nhật.",
                new Datasets.DatasetsView(List.of(entries, content.results(), config), openData, config.dataPolicy(),
                        urls.dataCatalog())));
        pages.add(page(urls.contact(), "contact", "Liên hệ",
                "Cơ quan chủ quản, người chịu trách nhiệm nội dung và đầu mối liên hệ của trang.", new Views.PublisherView("vi")));
        pages.add(page(urls.english(), "english", "About this portal (English)",
                "The emulation movement “For the poor – Leave no one behind”: what this portal holds, who publishes it, how to reach them.",
                new Views.PublisherView("en")));
    }

    private void addHome(List<Views.Headline> headline) {
        Views.HomeView home = new Views.HomeView(
                ofKind(Kind.MODEL).limit(HOME_MODELS).map(this::card).toList(),
                ofKind(Kind.STORY).limit(HOME_OTHERS).map(this::card).toList(),
                ofKind(Kind.DECISION).limit(HOME_OTHERS).map(this::card).toList(),
                provinceCounts().stream().filter(c -> c.entries() > 0).toList(),
                typeCounts(),
                headline.stream().limit(HOME_OTHERS).toList());
        String description = Optional.ofNullable(config.description()).orElse(config.title());
        pages.add(page(urls.home(), "home", config.title(), description, home));
    }

    private Page entryPage(Entry entry) {
        Card card = card(entry);
        List<Link> types = card.types();
        List<AreaLabel> areaLabels = card.areas();
        List<AreaLabel> replicatedIn = List.of();
        if (entry.details() instanceof ModelDetails model && !model.replicatedIn().isEmpty()) {
            replicatedIn = model.replicatedIn().stream().map(this::areaLabel).toList();
        }
        Views.EntryView view = new Views.EntryView(entry, visibility.badge(entry), BodyLinks.rebase(BodyPhotos.rewrite(entry.bodyHtml(), bodyPhotos(entry), urls), urls.home()),
                image(entry), areaLabels, types, replicatedIn, related(entry), results.targetsOf(entry));
        // The card's URL, not a new string: the preview compares every page with the one before, by URL first.
        return new Page(card.url(), entry.kind().singular(), entry.title(), entry.summary(), view,
                previews.entry(entry, areaLabels, types, sharePhoto(entry)));
    }

    private Views.Image image(Entry entry) {
        ImageRef image = entry.image();
        if (image == null) {
            return null;
        }
        return PhotoMarkup.of(image, photoCopies(entry), urls);
    }

    /**
     * The photo copy an entry's share card is drawn over, or null for the plain card: a photo
     * less than half the card's width would show blurred.
     */
    private String sharePhoto(Entry entry) {
        ImageRef image = entry.image();
        if (image == null || image.photo() == null || image.photo().largest().width() < ShareCard.WIDTH / 2) {
            return null;
        }
        return photoCopies(entry).file(image.photo().largest());
    }

    /** Where an entry's photo is published: beside its original under assets/, or in the entry's own folder. */
    private PhotoCopies photoCopies(Entry entry) {
        ImageRef image = entry.image();
        return photoCopies(entry, image.source(), image.photo());
    }

    private PhotoCopies photoCopies(Entry entry, String source, Photo photo) {
        String folder = source.startsWith("assets/") ? photo.folder() : urls.outputFile(urls.entry(entry)).replace("index.html", "");
        return new PhotoCopies(photo, siteDir.resolve(source), folder);
    }

    /** The copies of each image of an entry's body, by its address as written. */
    private Map<String, PhotoCopies> bodyPhotos(Entry entry) {
        Map<String, PhotoCopies> copies = new HashMap<>();
        entry.bodyImages().forEach(image -> copies.putIfAbsent(image.path(), photoCopies(entry, image.source(), image.photo())));
        return copies;
    }

    /**
     * The photos of the public entries ({@code image:} and images in bodies), each to be published
     * as resized copies (the originals never are).
     */
    public List<PhotoCopies> photos() {
        List<PhotoCopies> photos = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.image() != null && entry.image().photo() != null) {
                photos.add(photoCopies(entry));
            }
            photos.addAll(bodyPhotos(entry).values().stream().sorted(Comparator.comparing(p -> p.original().toString())).toList());
        }
        return photos;
    }

    /**
     * Files kept beside their entries and published unchanged beside the entry's page (a
     * decision's attached PDF): output path (relative to the output folder) to source path
     * (relative to the site). Photos beside an entry are published only as copies ({@link #photos()}).
     */
    public Map<String, String> entryFiles() {
        Map<String, String> files = new TreeMap<>();
        for (Entry entry : entries) {
            if (entry.details() instanceof DecisionDetails d && d.file() != null && d.file().source() != null && !d.file().inAssets()) {
                files.put(urls.outputFile(urls.entry(entry)).replace("index.html", d.file().fileName()), d.file().source());
            }
        }
        return files;
    }

    /**
     * The static files to publish: every asset but the originals of entries' photos (drafts'
     * included), which are published only as cleaned, resized copies.
     */
    public Map<String, Path> publishedAssets() {
        Set<String> originals = new HashSet<>();
        for (Entry entry : content.entries()) {
            if (entry.image() != null && entry.image().inAssets()) {
                originals.add(entry.image().source().substring("assets/".length()));
            }
            entry.bodyImages().stream().filter(BodyImage::inAssets).forEach(image -> originals.add(image.source().substring("assets/".length())));
        }
        if (originals.isEmpty()) {
            return assets.files();
        }
        Map<String, Path> files = new TreeMap<>(assets.files());
        files.keySet().removeAll(originals);
        return files;
    }

    /** A page that is not an entry (this model's own, or another part's such as the CMS): shared with the site's image. */
    public Page page(String url, String template, String title, String description, Object data) {
        return new Page(url, template, title, description, data, previews.page(url, title, description));
    }

    /**
     * A page at each old path of an entry, leading to it. An old path that is already a page, or
     * another entry's old path, is an error: one of the two links would silently go elsewhere.
     */
    private void addRedirects() {
        List<Entry> renamed = entries.stream().filter(entry -> !entry.aliases().isEmpty()).toList();
        // Only the pages of renamed entries and those at their old paths are looked up: few on most saves.
        Set<String> wanted = new HashSet<>();
        for (Entry entry : renamed) {
            wanted.add(urls.entry(entry));
            entry.aliases().forEach(alias -> wanted.add(urls.alias(alias.path())));
        }
        Map<String, Page> byUrl = new HashMap<>();
        for (Page page : pages) {
            if (wanted.contains(page.url())) {
                byUrl.put(page.url(), page);
            }
        }
        Page notFound = notFound();
        byUrl.put(notFound.url(), notFound);
        Map<String, Alias> taken = new LinkedHashMap<>();
        for (Entry entry : renamed) {
            Page target = byUrl.get(urls.entry(entry));
            for (Alias alias : entry.aliases()) {
                String url = urls.alias(alias.path());
                Page existing = byUrl.get(url);
                Alias other = taken.putIfAbsent(url, alias);
                if (existing != null) {
                    problems.error(alias.location(), "aliases \"/" + alias.path() + "\" trùng với trang đang có \""
                            + existing.title() + "\"; đường dẫn cũ phải là đường dẫn không còn dùng");
                } else if (other != null) {
                    problems.error(alias.location(), "aliases \"/" + alias.path() + "\" đã được dùng ở " + other.location()
                            + "; một đường dẫn cũ chỉ dẫn được tới một bài");
                } else if (alias.path().startsWith("assets/")) {
                    problems.error(alias.location(), "aliases \"/" + alias.path() + "\" nằm trong assets/, nơi chứa tệp tĩnh của trang");
                } else {
                    pages.add(new Page(url, "redirect", target.title(), target.description(),
                            new Views.RedirectView(new Link(target.url(), target.title())), target.share()));
                    Embed embed = embedded.get(target.url());
                    if (embed != null && url.endsWith("/")) {
                        // Cards already pasted into other sites follow the entry too.
                        pages.add(new Page(urls.embed(url), "redirect", target.title(), target.description(),
                                new Views.RedirectView(new Link(embed.card(), target.title())), target.share()));
                    }
                }
            }
        }
    }

    /** The public entries an entry refers to, in the order written, each once. */
    private List<Card> related(Entry entry) {
        Stream<Entry.Reference> refs = entry.related().stream();
        if (entry.details() instanceof StoryDetails story) {
            refs = Stream.of(story.models().stream(), story.decisions().stream(), refs).flatMap(s -> s);
        }
        Set<Entry> found = new LinkedHashSet<>();
        refs.map(r -> byKindAndSlug.get(r.kind()).get(r.slug())).filter(e -> e != null && e != entry).forEach(found::add);
        return found.stream().map(this::card).toList();
    }

    private void addProvincePages() {
        for (Area area : areas.current()) {
            List<Entry> own = entriesIn(area).toList();
            String first = urls.province(area);
            String description = "Mô hình, văn bản, tin tức và kết quả giảm nghèo của " + area.fullName() + ".";
            // The unit's page shows its first models with everything else; further models get pages of their own.
            List<Card> models = cards(own, Kind.MODEL);
            List<Page> unitPages = Pager.paginate(models, first, (slice, pager) -> pager.number() == 1
                    ? page(first, "province", area.fullName(), description, new Views.ProvinceView(area, areas.mergedInto(area),
                            slice, pager, replicatedIn(area).map(this::card).toList(), cards(own, Kind.DECISION),
                            cards(own, Kind.STORY), results.sectionsFor(area)))
                    : page(Pager.url(first, pager.number()), "model-list", numbered("Mô hình của " + area.fullName(), pager),
                            description, new Views.ListView(slice, pager)));
            pages.addAll(unitPages);
            addEmbed(unitPages.get(0), embeds.province(unitPages.get(0), area, models));
        }
        for (Area legacy : areas.legacy()) {
            AreaLabel current = areaLabel(areas.currentOf(legacy));
            pages.add(page(urls.province(legacy), "legacy-province", legacy.fullName(),
                    legacy.fullName() + " nay thuộc " + current.name() + ".", new Views.LegacyAreaView(legacy, current)));
        }
        pages.add(page(urls.provinces(), "province-list", "Theo tỉnh, thành",
                "34 tỉnh, thành phố từ ngày 1/7/2025 và các mô hình giảm nghèo của từng nơi.",
                new Views.ProvinceIndexView(provinceCounts(), nationalCards())));
    }

    /** A page's card for other sites, after the page. */
    private void addEmbed(Page page, Page card) {
        pages.add(card);
        embedded.put(page.url(), ((EmbedView) card.data()).embed());
    }

    /** Entries about the whole country. */
    private List<Card> nationalCards() {
        return byArea.getOrDefault(Area.NATIONAL_CODE, List.of()).stream().map(this::card).toList();
    }

    private void addModelTypePages() {
        for (ModelType type : content.modelTypes().values()) {
            String description = Optional.ofNullable(type.description()).orElse("Các mô hình loại " + type.label() + ".");
            pages.addAll(Pager.paginate(modelsOfType(type).map(this::card).toList(), urls.modelType(type), (models, pager) ->
                    page(Pager.url(urls.modelType(type), pager.number()), "model-type", numbered(type.label(), pager), description,
                            new Views.ModelTypeView(type, models, pager))));
        }
        pages.add(page(urls.modelTypes(), "model-type-list", "Theo loại mô hình",
                "Các mô hình giảm nghèo theo lĩnh vực.", new Views.ModelTypeIndexView(typeCounts())));
    }

    private List<Views.ProvinceCount> provinceCounts() {
        return areas.current().stream().map(area -> {
            List<Entry> own = entriesIn(area).toList();
            int models = (int) own.stream().filter(e -> e.kind() == Kind.MODEL).count();
            return new Views.ProvinceCount(area, urls.province(area), models, own.size());
        }).toList();
    }

    private List<Views.TypeCount> typeCounts() {
        return content.modelTypes().values().stream()
                .map(t -> new Views.TypeCount(t, urls.modelType(t), (int) modelsOfType(t).count())).toList();
    }

    private Stream<Entry> ofKind(Kind kind) {
        return byKind.get(kind).stream();
    }

    private Stream<Entry> entriesIn(Area current) {
        return byArea.getOrDefault(current.code(), List.of()).stream();
    }

    /** Models copied in a current unit (or in a unit since merged into it). */
    private Stream<Entry> replicatedIn(Area current) {
        return byReplicatedArea.getOrDefault(current.code(), List.of()).stream();
    }

    private Stream<Entry> modelsOfType(ModelType type) {
        return byType.getOrDefault(type, List.of()).stream();
    }

    /**
     * Groups entries under each of their keys, once per key, keeping their order: one pass instead
     * of one per group. Loops rather than streams here and below: this runs for every entry on
     * every preview update, where building small streams was a third of the model's time.
     */
    private static <K> Map<K, List<Entry>> index(List<Entry> entries, Function<Entry, List<K>> keys) {
        Map<K, List<Entry>> index = new HashMap<>();
        for (Entry entry : entries) {
            for (K key : keys.apply(entry)) {
                List<Entry> group = index.computeIfAbsent(key, k -> new ArrayList<>());
                if (group.isEmpty() || group.get(group.size() - 1) != entry) {
                    group.add(entry);
                }
            }
        }
        return index;
    }

    private static List<String> currentCodes(List<Area> areas) {
        List<String> codes = new ArrayList<>(areas.size());
        for (Area area : areas) {
            codes.add(area.currentCode());
        }
        return codes;
    }

    private List<Card> cards(List<Entry> list, Kind kind) {
        return list.stream().filter(e -> e.kind() == kind).map(this::card).toList();
    }

    /** An entry's card, made once: an entry appears in several lists (its kind, units, types, the home page). */
    private Card card(Entry entry) {
        Card card = cards.get(entry);
        if (card == null) {
            Card earlier = previous == null ? null : previous.cards.get(entry);
            card = earlier != null ? earlier : newCard(entry);
            cards.put(entry, card);
        }
        return card;
    }

    private Card newCard(Entry entry) {
        List<Link> types = List.of();
        if (entry.details() instanceof ModelDetails model) {
            Link[] links = new Link[model.modelTypes().size()];
            for (int i = 0; i < links.length; i++) {
                ModelType type = model.modelTypes().get(i);
                links[i] = new Link(urls.modelType(type), type.label());
            }
            types = List.of(links);
        }
        AreaLabel[] labels = new AreaLabel[entry.areas().size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = areaLabel(entry.areas().get(i));
        }
        return new Card(entry.kind(), urls.entry(entry), entry.title(), entry.summary(), entry.date(),
                List.of(labels), types, visibility.badge(entry), entry.updated());
    }

    AreaLabel areaLabel(Area area) {
        return areaLabels.computeIfAbsent(area, this::newAreaLabel);
    }

    private AreaLabel newAreaLabel(Area area) {
        if (area.isNational()) {
            return new AreaLabel(area.code(), area.name(), null, null);
        }
        Area current = areas.currentOf(area);
        return new AreaLabel(area.code(), area.name(), area.isLegacy() ? current.name() : null, urls.province(current));
    }

    /** "Mô hình, điển hình – trang 2": every page of a list has a title of its own. */
    private static String numbered(String title, Pager pager) {
        return pager.number() == 1 ? title : title + " – trang " + pager.number();
    }

    private static String listTitle(Kind kind) {
        return switch (kind) {
            case MODEL -> "Mô hình, điển hình";
            case DECISION -> "Văn bản, kế hoạch";
            case STORY -> "Tin tức";
        };
    }

    private static String listDescription(Kind kind) {
        return switch (kind) {
            case MODEL -> "Các mô hình, điển hình tiên tiến trong phong trào, kèm cách nhân rộng.";
            case DECISION -> "Quyết định, kế hoạch, chỉ thị về phong trào thi đua.";
            case STORY -> "Tin bài về phong trào thi đua vì người nghèo.";
        };
    }

    /** The entries {@code visibility} shows, newest first, then by kind and slug, so output never varies. */
    private static List<Entry> shown(List<Entry> all, Visibility visibility) {
        List<Entry> shown = new ArrayList<>(all.size());
        for (Entry entry : all) {
            if (visibility.shows(entry)) {
                shown.add(entry);
            }
        }
        shown.sort(NEWEST_FIRST);
        return Collections.unmodifiableList(shown);
    }

    /** Written out rather than composed from key extractors: it runs some 150,000 times per model at 10,000 entries. */
    private static int newestFirst(Entry a, Entry b) {
        int byDate = b.date().compareTo(a.date());
        if (byDate != 0) {
            return byDate;
        }
        int byKind = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        return byKind != 0 ? byKind : a.slug().compareTo(b.slug());
    }
}
