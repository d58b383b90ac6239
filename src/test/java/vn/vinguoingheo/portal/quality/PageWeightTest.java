package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** The CMS page, which loads Sveltia CMS from its CDN by design, for editors only. */
    private static final String CMS_PAGE = "admin/index.html";

    /** Every page of a site, parsed, by its path from the site's root. */
    private static Map<String, Document> pages(Site site) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        for (Path page : site.htmlFiles()) {
            pages.put(site.relative(page), Jsoup.parse(page.toFile(), "UTF-8"));
        }
        return pages;
    }

    /** The pages readers get: all but the CMS page. */
    private static Map<String, Document> readersPages(Site site) throws IOException {
        Map<String, Document> pages = pages(site);
        pages.remove(CMS_PAGE);
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
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
    @MethodSource(GateSites.NAMED)
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
        pages(site).forEach((page, doc) -> {
            assertTrue(doc.select("style").stream().noneMatch(s -> s.data().contains("@font-face")), page);
            assertTrue(doc.select("link[as=font], link[href*=fonts.]").isEmpty(), page + " loads a web font");
        });
        assertTrue(css > 0 && css <= MAX_CSS_BYTES, site.name() + ": " + css + " bytes of CSS");
    }

    /**
     * Nothing comes from another server: no tracker, font or script host sees the reader, and a
     * slow one cannot hold the page up. The CMS page is left out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void noPageLoadsAnythingFromElsewhere(Site site) throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Map.Entry<String, Document> page : readersPages(site).entrySet()) {
            for (Element resource : page.getValue().select("script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], "
                    + "iframe, source[src], video[src], audio[src], object[data], embed[src]")) {
                String address = resource.hasAttr("href") ? resource.attr("href") : resource.hasAttr("src") ? resource.attr("src") : resource.attr("data");
                if (!address.startsWith("/") || address.startsWith("//")) {
                    foreign.add(page.getKey() + " loads " + address);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    /** Scripts only enhance a page (the browser gate reads every page with JavaScript off); the CMS page is left out. */
    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void noPageRunsMoreThan15KilobytesOfJavaScript(Site site) throws IOException {
        List<String> heavy = new ArrayList<>();
        for (Map.Entry<String, Document> page : readersPages(site).entrySet()) {
            long bytes = 0;
            for (Element script : page.getValue().select("script")) {
                bytes += script.hasAttr("src") ? Files.size(site.out().resolve(script.attr("src").substring(1).replaceAll("\\?.*$", "")))
                        : script.data().getBytes(StandardCharsets.UTF_8).length;
            }
            if (bytes > MAX_SCRIPT_BYTES) {
                heavy.add(page.getKey() + ": " + bytes + " bytes");
            }
        }
        assertEquals(List.of(), heavy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void everyImageHasItsWidthAndHeight(Site site) throws IOException {
        List<String> unsized = new ArrayList<>();
        int images = 0;
        for (Map.Entry<String, Document> page : pages(site).entrySet()) {
            for (Element image : page.getValue().select("img, svg:not(svg svg)")) {
                images++;
                boolean sized = image.is("img") ? image.attr("width").matches("\\d+") && image.attr("height").matches("\\d+")
                        : image.hasAttr("viewBox") || image.hasAttr("width") && image.hasAttr("height");
                if (!sized) {
                    unsized.add(page.getKey() + ": " + image.tagName() + " " + image.attributes());
                }
            }
        }
        assertTrue(images > 0, "images found in " + site.name());
        assertEquals(List.of(), unsized);
    }
}
