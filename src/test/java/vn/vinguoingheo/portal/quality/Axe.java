package vn.vinguoingheo.portal.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core in the browser under test: the script that the axe-core Selenium jar ships,
 * added to every page the browser opens from then on (no download, no injection per call).
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;

    private Axe(ChromeDriver driver) {
        this.driver = driver;
    }

    static Axe addTo(ChromeDriver driver) {
        try (InputStream script = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium ships it");
            }
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", new String(script.readAllBytes(), StandardCharsets.UTF_8)));
            return new Axe(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG A and AA violations on the page now shown, one line per element: rule, help, element, what to fix. */
    @SuppressWarnings("unchecked")
    List<String> violations() {
        return (List<String>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done([].concat.apply([], r.violations.map(function (v) {"
                + "  return v.nodes.map(function (n) { return v.id + ' (' + v.help + ') at ' + n.target.join(' ') + ': '"
                + "    + n.failureSummary.replace(/\\s+/g, ' '); }); }))); },"
                + " function (e) { done(['axe failed: ' + e]); });", WCAG_A_AA);
    }
}
