package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.vinguoingheo.portal.Browser;
import vn.vinguoingheo.portal.serve.StaticServer;

/**
 * A page with a 12-megapixel photo in Chromium, as Lighthouse would judge it: the browser picks a
 * copy that fits the screen (a phone at 375 px loads at most 250 KB of images), the photo is
 * fetched early and not lazily (it is the largest paint), and nothing moves while it loads.
 */
class PhotoInBrowserTest {

    private static final long MAX_IMAGE_BYTES = 250 * 1024;

    static Browser browser;
    static ChromeDriver driver;
    static StaticServer server;

    @BeforeAll
    static void serveAndOpen() throws java.io.IOException {
        server = StaticServer.start(GateSites.fixture().out(), "127.0.0.1", 0, "/");
        browser = Browser.start();
        driver = browser.driver();
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

    @Test
    void aPhoneLoadsTheCopyThatFitsWellUnder250KilobytesWithNoLayoutShift() {
        // A phone at 375 px with a 2× screen (the most common), then 1× (cheap phones), then a desktop.
        assertPicks(375, 2, true, "-960-");
        assertPicks(375, 1, true, "-480-");
        assertPicks(1280, 1, false, "-960-");
    }

    @SuppressWarnings("unchecked")
    private static void assertPicks(int width, int scale, boolean phone, String copy) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", phone ? 800 : 900, "deviceScaleFactor", scale, "mobile", phone));
        driver.get("http://127.0.0.1:" + server.port() + "/" + GateSites.PHOTO_PAGE);
        Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const img = document.querySelector('figure.entry-image img');
                const finish = () => {
                  const lcp = [];
                  const po = new PerformanceObserver(list => { for (const e of list.getEntries()) lcp.push(e); });
                  po.observe({type: 'largest-contentful-paint', buffered: true});
                  setTimeout(() => {
                    const shifts = [];
                    new PerformanceObserver(list => { for (const e of list.getEntries()) shifts.push(e.value); })
                        .observe({type: 'layout-shift', buffered: true});
                    setTimeout(() => {
                      const images = performance.getEntriesByType('resource')
                          .filter(r => r.initiatorType === 'img' || /\\.(jpe?g|png|gif|webp)(\\?|$)/.test(r.name));
                      const last = lcp.length ? lcp[lcp.length - 1] : null;
                      done({current: img.currentSrc, loading: img.getAttribute('loading'), priority: img.getAttribute('fetchpriority'),
                            complete: img.complete && img.naturalWidth > 0,
                            bytes: images.reduce((n, r) => n + (r.transferSize || r.encodedBodySize), 0),
                            files: images.map(r => r.name).join(' '),
                            shift: shifts.reduce((a, b) => a + b, 0),
                            lcpIsPhoto: last !== null && last.element === img});
                    }, 100);
                  }, 100);
                };
                if (img.complete) { finish(); } else { img.addEventListener('load', finish); img.addEventListener('error', finish); }
                """);
        String where = width + " px at " + scale + "×: " + seen;
        assertTrue((Boolean) seen.get("complete"), where);
        assertTrue(((String) seen.get("current")).contains(copy), where);
        assertTrue(((Number) seen.get("bytes")).longValue() <= MAX_IMAGE_BYTES, where);
        List<String> files = List.of(((String) seen.get("files")).split(" "));
        assertEquals(1, files.stream().filter(f -> f.contains("/ho-dan-")).count(), "one copy of the photo: " + where);
        // The photo in the body is lazy; when the browser fetched it (it is near), it took the same width.
        assertEquals(List.of(), files.stream().filter(f -> !f.contains("/ho-dan-") && !(f.contains("/phoi-kho" + copy))).toList(),
                "no other image: " + where);
        assertEquals(0.0, ((Number) seen.get("shift")).doubleValue(), where);
        assertEquals(null, seen.get("loading"), where);
        assertEquals("high", seen.get("priority"), where);
        if (phone) {
            assertTrue((Boolean) seen.get("lcpIsPhoto"), "the photo is the largest paint: " + where);
        }
        assertEquals(List.of(), browser.consoleErrors().stream().filter(m -> !m.contains("favicon")).toList());
    }
}
