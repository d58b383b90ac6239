package vn.vinguoingheo.portal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void rendersMarkdown() {
        assertEquals("<p>Một <strong>mô hình</strong> hay</p>", markdown.toHtml("Một **mô hình** hay"));
    }

    @Test
    void dropsScriptsAndEventHandlers() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n<p onclick=\"x()\">chữ</p><img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertTrue(html.contains("chữ"), html);
    }

    @Test
    void dropsJavascriptAndDataUrls() {
        String html = markdown.toHtml("[xấu](javascript:alert(1)) [ảnh](data:text/html;base64,PHNjcmlwdD4=) <a href=\"JaVaScRiPt:alert(1)\">x</a> [tốt](https://example.org/)");
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
        assertTrue(html.contains("href=\"https://example.org/\""), html);
    }

    /**
     * Hostile links in plain Markdown, with no raw HTML anywhere in the body: the path that skips the
     * cleaner must still never publish them. Each URL is checked as a browser reads it (character
     * references decoded, tabs and line breaks dropped, case ignored).
     */
    @Test
    void hostileLinksInPlainMarkdownNeverReachThePage() {
        List<String> hostile = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript&#58;alert(1)", "javascript&colon;alert(1)",
                "java&#x09;script:alert(1)", "<java\tscript:alert(1)>", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
                "DATA:text/html,x", "%6Aavascript:alert(1)", "<javascript:alert(1)>", "\\javascript:alert(1)", "jav&#97;script:alert(1)");
        for (String url : hostile) {
            for (String source : List.of("[xấu](" + url + ")", "![xấu](" + url + ")", "[xấu][r]\n\n[r]: " + url,
                    "Chữ thường, **đậm**, và [xấu](" + url + " \"tiêu đề\") trong một đoạn.\n\n- [mục](" + url + ")")) {
                String html = markdown.toHtml(source);
                assertFalse(html.contains("<!--") , "no raw HTML in these bodies");
                Document doc = Jsoup.parseBodyFragment(html);
                for (Element element : doc.select("[href], [src]")) {
                    String value = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    String asRead = value.replaceAll("[\\t\\n\\r]", "").strip().toLowerCase(Locale.ROOT);
                    assertFalse(asRead.matches("^(javascript|vbscript|data):.*"), source + " → " + html);
                }
            }
        }
    }

    /** Plain Markdown takes the fast path; anything the narrow allow-list cannot vouch for goes through the cleaner. */
    @Test
    void whichBodiesSkipTheCleaner() {
        for (String plain : List.of("Chữ **đậm**", "[a](/mo-hinh/x/?a=1&b=2)", "[a](x\"y)", "[a](https://x.vn/a<b>c)", "[a](&x)",
                "[a](mailto:a@b.vn)", "[a](tel:+84123)", "![ảnh](https://x.vn/a.png \"tiêu đề\")", "3. ba\n4. bốn", "[a](#muc)",
                "[a](/a:b)", "`<b>`", "![a](/anh.png)", "[a](javascript:x)")) { // flexmark itself writes no link for lower-case javascript:
            assertTrue(markdown.skipsCleaner(plain), plain);
        }
        for (String cleaned : List.of("<b>x</b>", "<em>x</em>", "&copy;", "[a](JAVASCRIPT:x)", "[a](ftp://x)", "![a](ftp://x/a.png)",
                "![a](mailto:a@b.vn)", "[a](ă:x)", "[a](x&#58;y)", "[a](<a\tb>)", "[a](data:x)")) {
            assertFalse(markdown.skipsCleaner(cleaned), cleaned);
        }
    }

    @Test
    void keepsRelativeLinks() {
        assertTrue(markdown.toHtml("[mô hình](/mo-hinh/dan-tham/)").contains("href=\"/mo-hinh/dan-tham/\""));
    }

    @Test
    void bodyHeadingsStartBelowThePageTitle() {
        String html = markdown.toHtml("# Một\n\n## Hai");
        assertEquals("<h2>Một</h2>\n<h2>Hai</h2>", html);
    }

    @Test
    void rendersTables() {
        String html = markdown.toHtml("| Năm | Tỷ lệ |\n|---|---|\n| 2022 | 3,01% |\n");
        assertTrue(html.contains("<table>") && html.contains("<td>3,01%</td>"), html);
    }

    @Test
    void findsTheImagesABodyShowsFromItsSyntaxTreeNotItsText() {
        String body = "Mở đầu ![a](/assets/images/a.jpg)\n\n"
                + "`![mã](khong.jpg)`\n\n"
                + "    ![khối mã](khong-nua.jpg)\n\n"
                + "![b][ref] <img src=\"c.png\" alt=\"c\">\n\n"
                + "<div><img src='d.gif'></div>\n\n"
                + "[ref]: b.jpg\n";
        assertEquals(List.of(new SafeMarkdown.WrittenImage("/assets/images/a.jpg", body.indexOf("![a]")),
                        new SafeMarkdown.WrittenImage("b.jpg", body.indexOf("![b]")),
                        new SafeMarkdown.WrittenImage("c.png", body.indexOf("<img")),
                        new SafeMarkdown.WrittenImage("d.gif", body.indexOf("<img src='d"))),
                markdown.images(body));
        assertEquals(List.of(), markdown.images("Không có ảnh, chỉ [liên kết](/mo-hinh/)."));
    }
}
