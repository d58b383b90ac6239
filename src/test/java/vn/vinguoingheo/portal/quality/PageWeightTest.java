package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vinguoingheo.portal.quality.GateSites.Site;

/**
 * The page weight budget, for readers on cheap phones and slow networks: each HTML page at most
 * 60 KB uncompressed, all CSS together at most 30 KB, at most 15 KB of JavaScript on a page, no
 * web font, and every image with its size so the page does not jump while it loads.
 */
class PageWeightTest {

    private static final long MAX_PAGE_BYTES = 60 * 1024;
    private static final long MAX_CSS_BYTES = 30 * 1024;
    private static final long MAX_SCRIPT_BYTES = 15 * 1024;

    static List<Named<Site>> sites() {
        return GateSites.both().stream().map(site -> Named.of(site.name(), site)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyHtmlPageIsAtMost60Kilobytes(Site site) throws IOException {
        List<String> heavy = new ArrayList<>();
        for (Path page : site.htmlFiles()) {
            if (Files.size(page) > MAX_PAGE_BYTES) {
                heavy.add(site.relative(page) + ": " + Files.size(page) + " bytes");
            }
        }
        assertEquals(List.of(), heavy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void allCssTogetherIsAtMost30KilobytesAndNeedsNoWebFont(Site site) throws IOException {
        long css = 0;
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertTrue(!name.matches(".*\\.(woff2?|ttf|otf|eot)"), "a web font is published: " + site.relative(file));
                if (name.endsWith(".css")) {
                    css += Files.size(file);
                    assertTrue(!Files.readString(file).contains("@font-face"), site.relative(file) + " loads a web font");
                }
            }
        }
        for (Path page : site.htmlFiles()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertTrue(doc.select("style").stream().noneMatch(s -> s.data().contains("@font-face")), site.relative(page));
            assertTrue(doc.select("link[as=font], link[href*=fonts.]").isEmpty(), site.relative(page) + " loads a web font");
        }
        assertTrue(css > 0 && css <= MAX_CSS_BYTES, site.name() + ": " + css + " bytes of CSS");
    }

    /**
     * Nothing comes from another server: no tracker, font or script host sees the reader, and a
     * slow one cannot hold the page up. The CMS page is left out: it loads Sveltia CMS from its
     * CDN by design, for editors only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void noPageLoadsAnythingFromElsewhere(Site site) throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Path page : site.htmlFiles()) {
            if (site.relative(page).equals("admin/index.html")) {
                continue;
            }
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element resource : doc.select("script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], "
                    + "iframe, source[src], video[src], audio[src], object[data], embed[src]")) {
                String address = resource.hasAttr("href") ? resource.attr("href") : resource.hasAttr("src") ? resource.attr("src") : resource.attr("data");
                if (!address.startsWith("/") || address.startsWith("//")) {
                    foreign.add(site.relative(page) + " loads " + address);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    /** Scripts only enhance a page (the browser gate reads every page with JavaScript off); the CMS page is left out as above. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void noPageRunsMoreThan15KilobytesOfJavaScript(Site site) throws IOException {
        List<String> heavy = new ArrayList<>();
        for (Path page : site.htmlFiles()) {
            if (site.relative(page).equals("admin/index.html")) {
                continue;
            }
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            long bytes = 0;
            for (Element script : doc.select("script")) {
                bytes += script.hasAttr("src") ? Files.size(site.out().resolve(script.attr("src").substring(1).replaceAll("\\?.*$", "")))
                        : script.data().getBytes(StandardCharsets.UTF_8).length;
            }
            if (bytes > MAX_SCRIPT_BYTES) {
                heavy.add(site.relative(page) + ": " + bytes + " bytes");
            }
        }
        assertEquals(List.of(), heavy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyImageHasItsWidthAndHeight(Site site) throws IOException {
        List<String> unsized = new ArrayList<>();
        int images = 0;
        for (Path page : site.htmlFiles()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element image : doc.select("img, svg:not(svg svg)")) {
                images++;
                boolean sized = image.is("img") ? image.attr("width").matches("\\d+") && image.attr("height").matches("\\d+")
                        : image.hasAttr("viewBox") || image.hasAttr("width") && image.hasAttr("height");
                if (!sized) {
                    unsized.add(site.relative(page) + ": " + image.tagName() + " " + image.attributes());
                }
            }
        }
        assertTrue(images > 0, "images found in " + site.name());
        assertEquals(List.of(), unsized);
    }
}
