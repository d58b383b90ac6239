package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vinguoingheo.portal.Browser;
import vn.vinguoingheo.portal.quality.GateSites.Site;
import vn.vinguoingheo.portal.serve.StaticServer;

/**
 * The results of the bundled portal read at a glance, as Chromium lays them out: the overview and
 * a province with only targets stay within their height budgets (the overview leaves room for
 * the results map), and no chart is an empty axis: each draws a line. Screenshots go to
 * {@code target/screenshots/}.
 */
class ResultsAtAGlanceTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;
    static StaticServer server;

    @BeforeAll
    static void serveAndOpen() throws IOException {
        Site portal = GateSites.portal();
        server = StaticServer.start(portal.out(), "127.0.0.1", 0, "/");
        browser = Browser.start();
    }

    @AfterAll
    static void closeAll() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "/{0} at {1} px: at most {2} px tall")
    @CsvSource({
        "ket-qua/, 375, 6000",
        "ket-qua/, 1280, 4000",
        "tinh/ca-mau/, 1280, 2500",
    })
    void withinHeightBudget(String path, int width, long budget) {
        open(path, width);
        long height = (Long) browser.driver().executeScript("return document.documentElement.scrollHeight;");
        browser.screenshot(SCREENSHOTS.resolve("portal-glance-" + path.replace('/', '-') + width + ".png"));
        System.out.println("/" + path + " at " + width + " px: " + height + " px tall");
        assertTrue(height <= budget, "/" + path + " is " + height + " px tall at " + width + " px; budget " + budget);
    }

    @ParameterizedTest(name = "/{0}: every chart draws a line")
    @CsvSource({"ket-qua/", "tinh/ca-mau/", "ket-qua/poor-household-rate/", "ket-qua/ethnic-minority-poor-rate/"})
    void noEmptyAxis(String path) {
        open(path, 1280);
        @SuppressWarnings("unchecked")
        List<String> lineless = (List<String>) browser.driver().executeScript("return Array.prototype.filter.call("
                + "document.querySelectorAll('figure.chart > svg'), function (svg) { return !svg.querySelector('path[stroke-width=\"2.5\"]'); })"
                + ".map(function (svg) { return svg.querySelector('title').textContent; });");
        assertEquals(List.of(), lineless, "/" + path + ": charts without a line");
    }

    /** Cà Mau has only the targets of Bạc Liêu's plan: six indicators, each a figure card, no chart. */
    @ParameterizedTest(name = "/{0}: {1} figure cards, {2} charts")
    @CsvSource({"tinh/ca-mau/, 6, 0"})
    void provinceWithOnlyTargetsShowsCards(String path, long cards, long charts) {
        open(path, 1280);
        assertEquals(cards, (Long) browser.driver().executeScript("return document.querySelectorAll('#ket-qua ~ .tiles .figure-card').length;"));
        assertEquals(charts, (Long) browser.driver().executeScript("return document.querySelectorAll('#ket-qua ~ .tiles figure.chart').length;"));
    }

    private static void open(String path, int width) {
        browser.viewport(width, width < 600);
        browser.driver().get("http://127.0.0.1:" + server.port() + "/" + path);
    }
}
