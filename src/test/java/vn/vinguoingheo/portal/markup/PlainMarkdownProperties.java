package vn.vinguoingheo.portal.markup;

import vn.vinguoingheo.portal.TriesReached;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Markdown that skips jsoup's cleaner comes out as the cleaner would have left it: the same
 * elements, attributes and text, whatever links, images, lists, tables or odd characters it holds.
 */
class PlainMarkdownProperties {

    private static final SafeMarkdown MARKDOWN = new SafeMarkdown();

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("aăâđêôơư AĐ\u0300\u0301\u0323*_`<>&\"'\\!:/()[]#|-.0123456789")
                .ofMaxLength(30);
        Arbitrary<String> url = Arbitraries.of("https://example.org/a?b=1&c=2", "HTTP://Example.org", "http:x", "/mo-hinh/dan-tham/",
                "mo-hinh/", "../a", "#muc", "?q=1", "//example.org/x", "mailto:a@b.vn", "MAILTO:a@b.vn", "tel:+84123", "ftp://x",
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java%0ascript:x", "data:text/html,x", "vbscript:x", "a:b",
                "<java\tscript:x>", "<https://x.vn/a b>", "x&#58;y", "x&amp;y", "x\"y", "x'y", "\\\\x", "a.png",
                "ăhttps://x.vn/", "đ:x", "mo-hinh/x:y", "?q=a:b", "#a:b", ":x");
        Arbitrary<String> title = Arbitraries.of("", " \"tiêu đề\"", " 'a \" b'", " (x & y)");
        Arbitrary<String> inline = Arbitraries.oneOf(text,
                Arbitraries.of("**đậm**", "_nghiêng_", "`mã <b>`", "\\*", "a  \nb", "a\\\nb", "<https://example.org>", "<a@b.vn>",
                        "&copy;", "&#0;", "&#x3C;script&#x3E;", "&nosuch;", "<b>x</b>", "<!-- c -->", "https://example.org"),
                Arbitraries.oneOf(text, url, title).list().ofSize(3).map(p -> "[" + p.get(0) + "](" + p.get(1) + p.get(2) + ")"),
                Arbitraries.oneOf(text, url, title).list().ofSize(3).map(p -> "![" + p.get(0) + "](" + p.get(1) + p.get(2) + ")"),
                Arbitraries.oneOf(text, url).list().ofSize(2).map(p -> "[" + p.get(0) + "][r]\n\n[r]: " + p.get(1)));
        Arbitrary<String> line = inline.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(" ", parts));
        Arbitrary<String> block = Arbitraries.oneOf(line,
                line.map(l -> "# " + l), line.map(l -> "### " + l), line.map(l -> "- " + l + "\n- " + l),
                line.map(l -> "3. " + l + "\n4. " + l), line.map(l -> "> " + l), line.map(l -> "    " + l),
                line.map(l -> "```\n" + l + "\n```"), line.map(l -> "```js\n" + l + "\n```"), Arbitraries.of("---", "***"),
                line.map(l -> "| A | B |\n|---|---|\n| " + l + " | x |"), line.map(l -> "| A | B |\n|:--|--:|\n| " + l + " | x |"),
                line.map(l -> "<div>" + l + "</div>"));
        return block.list().ofMinSize(1).ofMaxSize(5).map(blocks -> String.join("\n\n", blocks));
    }

    @Property(tries = 1000)
    void plainMarkdownComesOutAsTheCleanerWouldLeaveIt(@ForAll("markdown") String source) {
        boolean plain = MARKDOWN.skipsCleaner(source);
        Statistics.collect(plain ? "plain" : "cleaned");
        TriesReached.record(true);
        assertEquals(tree(MARKDOWN.throughCleaner(source)), tree(MARKDOWN.toHtml(source)), source);
        Statistics.coverage(check -> check.check("plain").percentage(p -> p > 15));
    }

    @Property(tries = 1)
    void plainBodiesSkipTheCleaner() {
        String source = "# Tiêu đề\n\nMột **mô hình** [hay](https://example.org/a?b=1&c=2) và [nội bộ](/mo-hinh/x/).\n\n- a\n- b";
        String html = MARKDOWN.toHtml(source);
        assertEquals("<h2>Tiêu đề</h2>\n<p>Một <strong>mô hình</strong> <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener\">hay</a>"
                + " và <a href=\"/mo-hinh/x/\">nội bộ</a>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>", html);
        assertTrue(MARKDOWN.skipsCleaner(source));
        TriesReached.record(true);
    }

    /** Elements with their attributes in name order, and text with runs of white space as one space. */
    private static String tree(String html) {
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().childNodes().forEach(node -> write(node, out));
        return out.toString().replaceAll(" ?(</?(p|h\\d|ul|ol|li|blockquote|pre|table|thead|tbody|tr|th|td|br)\\b[^>]*>) ?", "$1");
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText().replaceAll("\\s+", " "));
        } else if (node instanceof Element element) {
            out.append('<').append(element.tagName());
            new TreeMap<>(attributes(element)).forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
            out.append('>');
            element.childNodes().forEach(child -> write(child, out));
            out.append("</").append(element.tagName()).append('>');
        }
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> map = new TreeMap<>();
        element.attributes().forEach(a -> map.put(a.getKey(), a.getValue()));
        return map;
    }
}
