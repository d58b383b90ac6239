package vn.vinguoingheo.portal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
