package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinguoingheo.portal.Browser;
import vn.vinguoingheo.portal.quality.GateSites.Site;
import vn.vinguoingheo.portal.serve.StaticServer;

/**
 * Embed cards as a newspaper's reader gets them: the code copied from a page's section "Nhúng vào
 * trang của bạn", pasted into a page of another origin (another port), in Chromium on a 320 px phone
 * and in a 600 px column. The card shows styled (its inline CSS is not blocked by its Content
 * Security Policy), nothing is refused on the console, it fits the height the code gives it, and its
 * link opens the full page in the reader's whole window. Screenshots go to
 * {@code target/screenshots/embed-<site>-<kind>-<width>.png}.
 */
class EmbedInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cards fit their height at every width from 280 px; these are the widths checked. */
    private static final List<Integer> WIDTHS = List.of(280, 320, 600);
    /** The brand colour of the card's button: the card's own CSS applied. */
    private static final String BUTTON_COLOUR = "rgb(164, 22, 26)";

    static Browser browser;
    static ChromeDriver driver;
    static final Map<String, StaticServer> servers = new HashMap<>();
    /** The other site's pages: a second server, another origin. */
    static StaticServer newspaper;
    static Path newspaperPages;

    /**
     * A page with a card.
     *
     * @param path the page, from the site's root ({@code mo-hinh/x/})
     * @param height the iframe height its code and oEmbed document give
     */
    record Card(String kind, String path, int height) {
    }

    @BeforeAll
    static void serveAndOpen() throws IOException {
        for (Site site : GateSites.both()) {
            servers.put(site.name(), StaticServer.start(site.out(), "127.0.0.1", 0, "/"));
        }
        newspaperPages = Files.createTempDirectory("portal-newspaper-");
        newspaper = StaticServer.start(newspaperPages, "127.0.0.1", 0, "/");
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void closeAll() {
        if (browser != null) {
            browser.close();
        }
        servers.values().forEach(StaticServer::close);
        if (newspaper != null) {
            newspaper.close();
        }
    }

    /** Every page with a card, by its oEmbed document. */
    static List<Card> cards(Site site) {
        try (Stream<Path> files = Files.walk(site.out())) {
            List<Card> cards = new ArrayList<>();
            for (Path oembed : files.filter(p -> p.getFileName().toString().equals("oembed.json")).sorted().toList()) {
                String path = site.relative(oembed.getParent()) + "/";
                String kind = switch (path.substring(0, path.indexOf('/'))) {
                    case "mo-hinh" -> "model";
                    case "van-ban" -> "decision";
                    case "tin-tuc" -> "story";
                    case "tinh" -> "province";
                    default -> throw new AssertionError("a card outside entries and provinces: " + path);
                };
                cards.add(new Card(kind, path, JSON.readTree(oembed.toFile()).get("height").asInt()));
            }
            return cards;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Of each kind, the card with the most to show (the tallest, then the largest file). */
    static Stream<Arguments> samples() {
        return GateSites.both().stream().flatMap(site -> {
            Map<String, Card> byKind = new LinkedHashMap<>();
            Comparator<Card> most = Comparator.comparingInt(Card::height)
                    .thenComparingLong(card -> size(site.out().resolve(card.path() + "nhung/index.html")));
            cards(site).stream().sorted(most.reversed()).forEach(card -> byKind.putIfAbsent(card.kind(), card));
            return byKind.values().stream().map(card -> Arguments.of(Named.of(site.name(), site), Named.of(card.kind() + " /" + card.path(), card)));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samples")
    void pastedIntoAnotherOriginsPageTheCardShowsFitsAndOpensThePageInTheWholeWindow(Site site, Card card) throws IOException {
        String siteOrigin = "http://127.0.0.1:" + servers.get(site.name()).port() + "/";
        Document page = Jsoup.parse(site.out().resolve(card.path() + "index.html").toFile(), "UTF-8");
        String code = page.selectFirst("textarea#ma-nhung").val();
        assertTrue(code.startsWith("<iframe src=\"" + site.base()), code);
        String hostName = site.name() + "-" + card.kind() + ".html";
        Files.writeString(newspaperPages.resolve(hostName), newspaperPage(code.replace(site.base().toString(), siteOrigin)),
                StandardCharsets.UTF_8);
        String host = "http://127.0.0.1:" + newspaper.port() + "/" + hostName;
        String title = page.selectFirst("h1").text();

        for (int width : List.of(320, 600)) {
            browser.viewport(width, true);
            driver.get(host);
            WebElement iframe = driver.findElement(By.tagName("iframe"));
            driver.switchTo().frame(iframe);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript(
                        "return document.readyState === 'complete' && Array.prototype.every.call(document.images, function (i) { return i.complete; });"));
                assertEquals(title, driver.findElement(By.tagName("h1")).getText(), host);
                assertEquals(BUTTON_COLOUR, driver.executeScript("return getComputedStyle(document.querySelector('a.button')).backgroundColor;"),
                        "the card's own CSS applies at " + width + " px");
                assertEquals(List.of(), driver.executeScript("return Array.prototype.filter.call(document.images, function (i) {"
                        + " return i.naturalWidth === 0; }).map(function (i) { return i.src; });"), "every image of the card loads");
                assertEquals(List.of(), driver.executeScript("return Array.prototype.filter.call(document.links, function (a) {"
                        + " return a.target !== '_top'; }).map(function (a) { return a.href; });"), "every link opens in the whole window");
                long overflowDown = (Long) driver.executeScript("return document.documentElement.scrollHeight - window.innerHeight;");
                long overflowSideways = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflowDown <= 0, card.path() + " is " + overflowDown + " px taller than its iframe at " + width + " px");
                assertTrue(overflowSideways <= 0, card.path() + " scrolls sideways by " + overflowSideways + " px at " + width + " px");
            } finally {
                driver.switchTo().defaultContent();
            }
            assertEquals(card.height(), iframe.getSize().getHeight(), "the iframe is as high as its code says");
            browser.screenshot(SCREENSHOTS.resolve("embed-" + site.name() + "-" + card.kind() + "-" + width + ".png"));
            assertEquals(List.of(), browser.consoleErrors(), "nothing refused or missing at " + width + " px (CSP violations are console errors)");
        }

        driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        driver.findElement(By.cssSelector("a.button")).click();
        driver.switchTo().defaultContent();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(siteOrigin + card.path()));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the whole window shows the full page");
        browser.consoleErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void everyCardFitsItsHeightFrom280PxWideWhateverItsTexts(Site site) {
        String origin = "http://127.0.0.1:" + servers.get(site.name()).port() + "/";
        List<String> misfits = new ArrayList<>();
        for (int width : WIDTHS) {
            // A viewport lower than any card: the page is then as high as its content.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", 100, "deviceScaleFactor", 1, "mobile", true));
            for (Card card : cards(site)) {
                driver.get(origin + card.path() + "nhung/");
                // Every clamped text at its longest (its last words, within its links and spans): the height holds for any title, place or summary.
                long height = (Long) driver.executeScript("document.querySelectorAll('.clamp1, .clamp2, .clamp3').forEach(function (e) {"
                        + " var walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), last = null;"
                        + " while (walk.nextNode()) { if (walk.currentNode.data.trim()) { last = walk.currentNode; } }"
                        + " last.data = 'Mô hình giảm nghèo bền vững của hội viên phụ nữ ở xã vùng sâu '.repeat(12); });"
                        + "return document.documentElement.scrollHeight;");
                if (height > card.height()) {
                    misfits.add(card.path() + " at " + width + " px: " + height + " > " + card.height());
                }
                long sideways = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                if (sideways > 0) {
                    misfits.add(card.path() + " at " + width + " px scrolls sideways by " + sideways + " px");
                }
            }
        }
        assertEquals(List.of(), misfits);
        browser.consoleErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void theEmbedSectionIsOnScreenNotInPrint(Site site) {
        String origin = "http://127.0.0.1:" + servers.get(site.name()).port() + "/";
        browser.viewport(375, true);
        for (Card card : cards(site).stream().limit(3).toList()) {
            driver.get(origin + card.path());
            assertEquals("block", driver.executeScript("return getComputedStyle(document.querySelector('.embed-code')).display;"), card.path());
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.embed-code')).display;"), card.path());
            } finally {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
        browser.consoleErrors();
    }

    /** A newspaper's article with the card in its column, as an editor pastes it. */
    private static String newspaperPage(String code) {
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Báo tỉnh</title><link rel="icon" href="data:,"><style>body { margin: 0; padding: 0 10px; font: 16px/1.5 serif; }</style></head>
                <body><h1>Báo tỉnh</h1><p>Đoạn mở đầu của bài báo.</p>
                %s
                <p>Đoạn cuối của bài báo.</p></body></html>
                """.formatted(code);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
