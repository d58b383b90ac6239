package vn.vinguoingheo.portal.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.photo.TestPhotos;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * The sites the quality gates check: the bundled portal (this repository's root) and the fixture
 * site, each built once per test run with its own {@code base_url}, as it would be published.
 */
final class GateSites {

    /** The address of a page that no site has, to see the 404 page as a reader who mistyped gets it. */
    static final String MISSING = "mo-hinh/khong-co-trang-nay/";

    private static final Path ROOT = createRoot();
    private static Site portal;
    private static Site fixture;

    private GateSites() {
    }

    /**
     * A built site.
     *
     * @param name short name used in messages and screenshot file names
     * @param base the site's {@code base_url}, which absolute links to it start with
     * @param out the published folder
     * @param samples one page of each type, the page paths relative to the site's root
     */
    record Site(String name, URI base, Path out, List<Sample> samples) {

        /** Every published HTML file. */
        List<Path> htmlFiles() {
            try (Stream<Path> files = Files.walk(out)) {
                return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A published file's path from the root of the site, for messages. */
        String relative(Path file) {
            return out.relativize(file).toString().replace('\\', '/');
        }
    }

    /**
     * A page chosen to stand for its type.
     *
     * @param type the page's template ({@code model}, {@code province}…), or {@code error404}, {@code admin}
     * @param path where it is, relative to the site's root ({@code mo-hinh/x/}, empty for the home page)
     * @param leadsTo where the page sends the browser at once (an old path, a legacy province), or null
     */
    record Sample(String type, String path, String leadsTo) {
    }

    static synchronized Site portal() {
        if (portal == null) {
            portal = build("portal", Path.of("").toAbsolutePath());
        }
        return portal;
    }

    static synchronized Site fixture() {
        if (fixture == null) {
            fixture = build("fixture", withPhoto(TestSites.copy("basic", ROOT.resolve("fixture"))));
        }
        return fixture;
    }

    /** The fixture's model page, which shows a 12-megapixel photo (see {@link #withPhoto}). */
    static final String PHOTO_PAGE = "mo-hinh/dan-tham-luc-binh/";

    /**
     * The fixture with a phone-sized photo (4000 × 3000 JPEG, generated: the repository holds no
     * photo) as its model's image, and a smaller one in its body, so that every gate also checks a
     * page with real photos.
     */
    private static Path withPhoto(Path site) {
        try {
            Files.write(site.resolve("assets/anh/ho-dan.jpg"), TestPhotos.plainPhoto(4000, 3000));
            Path model = site.resolve("content/models/dan-tham-luc-binh.md");
            String text = Files.readString(model);
            if (!text.contains("image: assets/anh/luc-binh.png")) {
                throw new IllegalStateException("the fixture's model no longer has the image this replaces");
            }
            // and a photo written in its body, which pages show lazily, with its own srcset
            Files.write(site.resolve("assets/anh/phoi-kho.jpg"), TestPhotos.plainPhoto(1200, 800));
            Files.writeString(model, text.replace("image: assets/anh/luc-binh.png", "image: assets/anh/ho-dan.jpg")
                    + "\n![Thảm lục bình phơi khô trước sân nhà](/assets/anh/phoi-kho.jpg)\n");
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Site> both() {
        return List.of(portal(), fixture());
    }

    /** For {@code @MethodSource}: both sites, named in test reports. */
    static final String NAMED = "vn.vinguoingheo.portal.quality.GateSites#named";

    static List<Named<Site>> named() {
        return both().stream().map(site -> Named.of(site.name(), site)).toList();
    }

    private static Site build(String name, Path siteFolder) {
        Path out = ROOT.resolve(name + "-public");
        try {
            Portal.BuildResult result = Portal.build(siteFolder, out, null);
            if (!result.built()) {
                throw new AssertionError(name + " does not build: " + result.problems());
            }
        } catch (Portal.BuildFailure e) {
            throw new AssertionError(name + " does not build", e);
        }
        SiteModel model = model(siteFolder);
        return new Site(name, model.config().baseUrl(), out, samples(model, out));
    }

    private static SiteModel model(Path siteFolder) {
        LoadResult loaded = ContentLoader.load(siteFolder);
        return SiteModel.build(loaded.content(), loaded.content().config(), siteFolder, Visibility.published());
    }

    /**
     * One page of every type the site has: of each template, the page with the largest file (the
     * most content, so the most that could break), plus the 404 page and the CMS page if any.
     */
    private static List<Sample> samples(SiteModel model, Path out) {
        String root = model.urls().home();
        Map<String, Sample> byType = new LinkedHashMap<>();
        Comparator<Page> bySize = Comparator.comparingLong(p -> size(out.resolve(model.urls().outputFile(p.url()))));
        for (Page page : model.pages().stream().sorted(bySize.reversed()).toList()) {
            byType.computeIfAbsent(page.template(), type ->
                    new Sample(type, page.url().substring(root.length()), refreshTarget(out.resolve(model.urls().outputFile(page.url())))));
        }
        List<Sample> samples = new ArrayList<>(byType.values());
        samples.add(new Sample("error404", MISSING, null));
        if (Files.isRegularFile(out.resolve("admin/index.html"))) {
            samples.add(new Sample("admin", "admin/", null));
        }
        return samples;
    }

    /** The address a page's meta refresh sends the browser to, or null. */
    private static String refreshTarget(Path html) {
        try {
            Element refresh = Jsoup.parse(html.toFile(), "UTF-8").selectFirst("meta[http-equiv=refresh]");
            return refresh == null ? null : refresh.attr("content").replaceFirst("(?i)^.*?url=", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("portal-gates-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
