package vn.vinguoingheo.portal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.TriesReached;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.markup.SafeMarkdown;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * Random input never crashes the loader or the renderer and never gets through as markup:
 * text of every script (combining marks, right-to-left, NUL, control characters), very long
 * lines, deep nesting.
 */
class RandomInputProperties {

    private static final SafeMarkdown MARKDOWN = new SafeMarkdown();

    @Provide
    Arbitrary<String> nastyText() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> vietnamese = Arbitraries.strings()
                .withChars("aăâeêioôơuưyđAĂÂĐ \u0300\u0301\u0303\u0309\u0323")
                .withChars("<>&\"'`:;#-*_[](){}!|\\/\n\t").ofMaxLength(120);
        Arbitrary<String> rightToLeft = Arbitraries.strings().withCharRange('\u0590', '\u06FF').withChars('\u202E', '\u200F', ' ').ofMaxLength(60);
        Arbitrary<String> markupAttempts = Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))", "<a href='data:text/html,x'>x</a>", "\u0000", "{{x}}", "${x}", "<#if>", "---", "\u202Eabc",
                "<svg onload=alert(1)>", "<iframe src=//x>", "&lt;script&gt;");
        Arbitrary<String> longLine = Arbitraries.strings().withChars("ab ").ofMinLength(5_000).ofMaxLength(20_000);
        Arbitrary<String> deepNesting = Arbitraries.integers().between(50, 3_000).map(n -> ">".repeat(n) + " sâu\n" + "  ".repeat(n / 10) + "- mục");
        return Arbitraries.oneOf(anyUnicode, vietnamese, rightToLeft, markupAttempts, longLine, deepNesting,
                Arbitraries.strings().all().ofMaxLength(20).list().ofMaxSize(6).map(parts -> String.join("<b>", parts)));
    }

    @Property(tries = 300)
    void markdownNeverLetsScriptsThrough(@ForAll("nastyText") String body) {
        String html = null;
        try {
            html = MARKDOWN.toHtml(body);
        } catch (StackOverflowError e) {
            // the loader reports this as a problem; see loaderNeverThrows. Such a try tests nothing here.
        }
        TriesReached.record(html != null);
        if (html == null) {
            return;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, iframe, object, embed, svg").isEmpty(), html);
        assertTrue(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")
                        || a.getValue().strip().toLowerCase().startsWith("javascript:")
                        || a.getValue().strip().toLowerCase().startsWith("data:")), html);
    }

    @Property(tries = 200)
    void loaderNeverThrowsAndEveryProblemHasALocation(@ForAll("nastyText") String title, @ForAll("nastyText") String province,
                                                     @ForAll("nastyText") String body, @ForAll boolean quoteTitle) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        Path site = TestSites.minimal(dir);
        String titleLine = quoteTitle ? "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : "title: " + title;
        // getBytes replaces lone surrogates, which no file can hold.
        Files.createDirectories(site.resolve("content/models"));
        Files.write(site.resolve("content/models/x.md"), ("---\n" + titleLine + "\nprovince: " + province
                + "\nmodel_type: sinh-ke\ndate: 2023-01-01\nsummary: s\n---\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LoadResult result = ContentLoader.load(site);
        TriesReached.record(true);
        Statistics.collect(result.hasErrors() ? "rejected" : "loaded");
        for (Problem problem : result.problems()) {
            assertTrue(problem.location().file().startsWith("content/"), problem.toString());
            assertTrue(problem.location().line() >= 1 && problem.location().column() >= 1, problem.toString());
            assertFalse(problem.message().isBlank());
        }
    }

    @Property(tries = 25)
    void titlesArePublishedAsTextNeverAsMarkup(@ForAll("nastyText") String nasty) throws Exception {
        // A title of words around the nasty text, so that it has a slug and most tries build.
        String rawTitle = "Mô hình " + (nasty.length() > 100 ? nasty.substring(0, 100) : nasty) + " mới";
        String title = new String(rawTitle.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\u0000", "").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").replace('\n', ' ').replace('\t', ' ').strip();
        Path dir = Files.createTempDirectory("fuzz-build");
        Path site = TestSites.minimal(dir);
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        TestSites.write(site, "content/models/x.md", "---\ntitle: " + quoted
                + "\nprovince: ha-tinh\nmodel_type: sinh-ke\ndate: 2023-01-01\nsummary: " + quoted + "\n---\nNội dung.\n");
        Portal.BuildResult result = Portal.build(site, dir.resolve("out"), null);
        TriesReached.record(result.built());
        if (!result.built()) {
            return; // rejected with a message: fine, as long as nothing throws
        }
        Document page = Jsoup.parse(dir.resolve("out/mo-hinh/x/index.html").toFile(), "UTF-8");
        // As a reader's browser shows the title as text: jsoup's own whitespace rules (a trailing no-break space goes, as in the h1).
        String expected = new org.jsoup.nodes.Element("p").text(Normalizer.normalize(title, Normalizer.Form.NFC)).text();
        assertEquals(expected, page.selectFirst("h1").text());
        // The only scripts are the site's own files; the title brings none, nor any other active content.
        assertTrue(page.select("script:not([type=application/ld+json])").stream()
                .allMatch(s -> s.attr("src").startsWith("/assets/") && s.data().isEmpty()), page.head().html());
        // The structured data holds the title as JSON text, whole: nothing in it ends its script element.
        String structured = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(page.selectFirst("script[type=application/ld+json]").data()).path("name").asText();
        assertEquals(page.selectFirst("meta[property=og:title]").attr("content"), structured, "the title as published, whole");
        assertTrue(page.select("iframe, svg[onload], img[onerror]").isEmpty());
    }

    @Property(tries = 1000)
    void slugsAreAsciiWordsJoinedByHyphens(@ForAll @StringLength(max = 80) String text) {
        String slug = VietnameseText.slug(text);
        TriesReached.record(true);
        Statistics.collect(slug.isEmpty() ? "empty slug" : "slug");
        // Reference, written out here: letters and digits left once case and marks are gone (đ, ð as d).
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('ð', 'd');
        assertTrue(slug.matches("([a-z0-9]+(-[a-z0-9]+)*)?"), slug);
        assertEquals(folded.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')), !slug.isEmpty());
    }

    @Property(tries = 50)
    void slugsOfAPublishedSiteAreUnique(@ForAll("titles") List<String> titles) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-slugs");
        Path site = TestSites.minimal(dir);
        for (int i = 0; i < titles.size(); i++) {
            TestSites.write(site, "content/models/Bài " + i + ".md", "---\ntitle: \"" + titles.get(i)
                    + "\"\nprovince: ha-tinh\nmodel_type: sinh-ke\ndate: 2023-01-01\nsummary: s\n---\n");
        }
        LoadResult result = ContentLoader.load(site);
        TriesReached.record(true);
        Statistics.collect(result.hasErrors() ? "clash reported" : "all unique");
        if (!result.hasErrors()) {
            List<String> slugs = result.content().entries().stream().map(e -> e.slug()).toList();
            assertEquals(slugs.size(), slugs.stream().distinct().count(), slugs::toString);
        } else {
            assertTrue(result.errors().stream().allMatch(p -> p.message().contains("trùng với") || p.message().contains("slug")),
                    result.errors()::toString);
        }
    }

    @Provide
    Arbitrary<List<String>> titles() {
        return Arbitraries.of("Đan thảm", "Dan tham", "ĐAN THẢM", "Nuôi bò", "Nuoi bo!", "Trồng sả", "Mô hình 1", "Mo hinh 1")
                .list().ofMinSize(1).ofMaxSize(5);
    }
}
