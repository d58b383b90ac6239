package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site hosted under a sub-path: no link may escape it. */
class SubPathTest {

    private static final String BASE = "https://so-ldtbxh.github.io/guong-sang/";

    @TempDir
    Path tmp;

    @Test
    void noLinkEscapesTheSubPath() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("out");
        assertTrue(Portal.build(site, out, URI.create(BASE)).built());
        int checked = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                    for (Element e : doc.getAllElements()) {
                        for (var attribute : e.attributes()) {
                            String key = attribute.getKey();
                            if (!(key.equals("href") || key.equals("src") || key.equals("action") || key.startsWith("data-"))) {
                                continue;
                            }
                        String url = attribute.getValue();
                        if (url.startsWith("/")) {
                            assertTrue(url.startsWith("/guong-sang/"), file + ": " + url);
                            checked++;
                        } else if (url.startsWith("https://so-ldtbxh.github.io")) {
                            assertTrue(url.startsWith(BASE), file + ": " + url);
                        }
                        }
                    }
                } else if (name.endsWith(".json")) {
                    Matcher links = Pattern.compile("\"(/[^\"]*)\"").matcher(Files.readString(file));
                    while (links.find()) {
                        assertTrue(links.group(1).startsWith("/guong-sang/"), file + ": " + links.group(1));
                    }
                } else if (name.endsWith(".xml") || name.endsWith(".txt")) {
                    Matcher urls = Pattern.compile("https?://[^\\s<\"]+").matcher(Files.readString(file));
                    while (urls.find()) {
                        String url = urls.group();
                        if (url.contains("github.io")) {
                            assertTrue(url.startsWith(BASE), file + ": " + url);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "links checked: " + checked);
        String story = Files.readString(out.resolve("tin-tuc/tin-mau/index.html"));
        assertTrue(story.contains("href=\"/guong-sang/mo-hinh/dan-tham-luc-binh/\""), "links in Markdown bodies are rebased");
        assertFalse(story.contains("href=\"/mo-hinh/"));
    }

    /** Old paths (aliases) under a sub-path: written inside the output at the sub-path's place, leading to the entry there. */
    @Test
    void aliasesRedirectsCanonicalLinksAndTheUrlListKeepTheSubPath() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("out");
        assertTrue(Portal.build(site, out, URI.create(BASE)).built());
        assertFalse(Files.exists(out.resolve("guong-sang")), "the output folder is the sub-path itself");

        for (String alias : List.of("mo-hinh/dan-tham-cu/index.html", "tin-tuc/bai-dan-tham.html")) {
            Path file = out.resolve(alias);
            assertTrue(Files.isRegularFile(file), "old path published: " + alias);
            Document redirect = Jsoup.parse(file.toFile(), "UTF-8");
            assertEquals("0; url=/guong-sang/mo-hinh/dan-tham-luc-binh/", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"), alias);
            assertEquals(BASE + "mo-hinh/dan-tham-luc-binh/", redirect.selectFirst("link[rel=canonical]").attr("href"), alias);
            assertEquals(List.of("/guong-sang/mo-hinh/dan-tham-luc-binh/", "/guong-sang/mo-hinh/dan-tham-luc-binh/"),
                    redirect.select("main a[href*=dan-tham]").eachAttr("href"));
        }

        // The URL list of the build: each URL once, under the sub-path, and exactly the HTML pages published.
        List<String> urls = Files.readAllLines(out.resolve(".portal-urls.txt"));
        assertEquals(urls.size(), Set.copyOf(urls).size(), "each URL once");
        assertTrue(urls.containsAll(List.of("/guong-sang/", "/guong-sang/mo-hinh/dan-tham-cu/", "/guong-sang/tin-tuc/bai-dan-tham.html",
                "/guong-sang/mo-hinh/dan-tham-luc-binh/")), urls::toString);
        Set<String> pages = new TreeSet<>();
        for (String url : urls) {
            assertTrue(url.startsWith("/guong-sang/"), url);
            String relative = url.substring("/guong-sang/".length());
            pages.add(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        }
        Set<String> html = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(p -> html.add(out.relativize(p).toString()));
        }
        assertTrue(html.remove("404.html"), "the not-found page is published but is no URL of the site");
        assertEquals(html, pages, "the URL list names exactly the pages published");

        // Every page's canonical link is absolute under the base; a page that is itself indexable names itself.
        for (String page : html) {
            Document doc = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith(BASE), page + ": " + canonical);
            String own = BASE + page.replaceAll("index\\.html$", "");
            if (doc.selectFirst("meta[http-equiv=refresh]") == null) {
                // an embed card names its full page; every other page itself
                assertEquals(page.endsWith("nhung/index.html") ? own.substring(0, own.length() - "nhung/".length()) : own, canonical, page);
            } else {
                String target = canonical.substring(BASE.length());
                assertTrue(Files.isRegularFile(out.resolve(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target)), page);
            }
        }
    }
}
