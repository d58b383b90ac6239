package vn.vinguoingheo.portal.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /**
     * The WCAG A and AA results of the page now shown that need a person: every violation, and every
     * check axe could not decide ("incomplete": contrast over an image or a gradient, say) unless it
     * is on {@code reviewed}, the list of such checks someone looked at. One line per element: rule,
     * help, element, what axe says.
     */
    @SuppressWarnings("unchecked")
    List<String> violations(List<Reviewed> reviewed) {
        List<List<String>> found = (List<List<String>>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "function lines(kind, results) { return [].concat.apply([], results.map(function (v) {"
                + "  return v.nodes.map(function (n) { return [kind, v.id, n.target.join(' '), v.id + ' (' + v.help + ') at '"
                + "    + n.target.join(' ') + ': ' + (n.failureSummary || n.any.concat(n.all, n.none).map(function (c) { return c.message; })"
                + "    .join('; ')).replace(/\\s+/g, ' ')]; }); })); }"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations', 'incomplete']})"
                + ".then(function (r) { done(lines('violation', r.violations).concat(lines('incomplete', r.incomplete))); },"
                + " function (e) { done([['violation', 'axe', '', 'axe failed: ' + e]]); });", WCAG_A_AA);
        List<String> lines = new ArrayList<>();
        for (List<String> result : found) {
            boolean incomplete = result.get(0).equals("incomplete");
            if (!incomplete || reviewed.stream().noneMatch(r -> r.covers(result.get(1), result.get(2)))) {
                lines.add((incomplete ? "undecided, not reviewed: " : "") + result.get(3));
            }
        }
        return lines;
    }

    /**
     * A check axe cannot decide on some elements, looked at by a person and found to pass.
     *
     * @param rule the axe rule, e.g. {@code color-contrast}
     * @param target a regular expression for the element's CSS selector as axe writes it
     * @param reason why it passes, for the next reviewer
     */
    record Reviewed(String rule, String target, String reason) {
        boolean covers(String rule, String target) {
            return this.rule.equals(rule) && target.matches(this.target);
        }
    }
}
