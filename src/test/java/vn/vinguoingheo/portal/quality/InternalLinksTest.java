package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.quality.GateSites.Site;

/** No reference inside the bundled portal or the fixture site is broken, anchors included. */
class InternalLinksTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void everyReferenceLeadsToAPublishedFileAndEveryAnchorToAnElement(Site site) {
        assertEquals("", String.join("\n", LinkChecker.broken(site.out(), site.base())));
    }

    @Test
    void theCheckFindsMissingFilesAndAnchorsHoweverTheyAreWritten(@TempDir Path out) {
        TestSites.write(out, "index.html", "<h2 id=a>A</h2><a href=\"/mo-hinh/\">ok</a><a href=\"mo-hinh/#b\">ok</a>"
                + "<a href=\"https://thu.example.vn/mo-hinh/x.png?v=1\">ok</a><a href=\"https://elsewhere.example/\">elsewhere</a>"
                + "<a href=\"#a\">ok</a><a href=\"#khong\">anchor</a><a href=\"/thieu/\">missing</a><a href=\"#\">empty</a>"
                + "<img src=\"mo-hinh/khong.png\" alt=\"\"><link rel=stylesheet href=\"/assets/a.css?v=2\">"
                + "<a href=\"javascript:void(0)\">script</a>");
        TestSites.write(out, "mo-hinh/index.html", "<p id=b><a href=\"../index.html#a\">ok</a><a href=\"../#c\">anchor</a>");
        TestSites.write(out, "mo-hinh/x.png", "png");
        TestSites.write(out, "feed.xml", "<feed><link href=\"https://thu.example.vn/tin-tuc/\"/></feed>");
        TestSites.write(out, "du-lieu/a.json", "[{\"url\": \"/mo-hinh/\", \"other\": \"/thieu.json?v=1\", \"text\": \"666/QĐ-TTg\"}]");
        assertEquals(List.of(
                "du-lieu/a.json: /thieu.json?v=1 (no such file)",
                "feed.xml: https://thu.example.vn/tin-tuc/ (no such file)",
                "index.html: #khong (no element with id \"khong\")",
                "index.html: /thieu/ (no such file)",
                "index.html: # (empty)",
                "index.html: mo-hinh/khong.png (no such file)",
                "index.html: /assets/a.css?v=2 (no such file)",
                "index.html: javascript:void(0) (a script, not a link)",
                "mo-hinh/index.html: ../#c (no element with id \"c\")"),
                LinkChecker.broken(out, URI.create("https://thu.example.vn/")));
    }
}
