package vn.vinguoingheo.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinguoingheo.portal.Browser;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.serve.StaticServer;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * Search as a reader uses it: built sites served over HTTP on localhost, queries typed into
 * the header's box and the search page's in headless Chromium, and the browser's normaliser
 * checked against Java's. One browser serves every test.
 */
class SearchInBrowserTest {

    private static final int LARGE_SITE = 400;

    @TempDir
    static Path tmp;
    static Path largeSite;
    static StaticServer basic;
    static StaticServer large;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void serveAndOpen() throws Exception {
        Path basicOut = tmp.resolve("basic-out");
        assertTrue(Portal.build(TestSites.copy("basic", tmp.resolve("basic")), basicOut, URI.create("http://localhost/")).built());
        largeSite = TestSites.generated(tmp.resolve("large"), LARGE_SITE);
        Path largeOut = tmp.resolve("large-out");
        assertTrue(Portal.build(largeSite, largeOut, URI.create("http://localhost/")).built());
        basic = StaticServer.start(basicOut, "127.0.0.1", 0, "/");
        large = StaticServer.start(largeOut, "127.0.0.1", 0, "/");
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void closeAll() {
        if (browser != null) {
            browser.close();
        }
        if (basic != null) {
            basic.close();
        }
        if (large != null) {
            large.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static String url(StaticServer server, String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Inputs where case, composition, look-alike letters or odd characters could make two normalisers differ. */
    static Stream<String> trickyInputs() {
        return Stream.of("Ngân hàng bò", "NGÂN HÀNG BÒ", "ngan hang bo",
                Normalizer.normalize("Nuôi bò sinh sản", Normalizer.Form.NFD),
                "Đắk Lắk", "ĐẮK LẮK", "đường Đồng Khởi",
                "\u00D0à Nẵng \u00F0ường", // Ð and ð, which some converters write for Đ and đ
                "666/QĐ-TTg", "Quyết định số 666/QĐ-TTg ngày 2/6/2022", "01/KH-UBND", "TP.HCM",
                "Khánh Hoà", "Khánh Hòa", "thuỷ lợi", "thủy lợi", // old and new tone placement
                "e\u0323\u0302 e\u0302\u0323", // the same marks in either order
                "Bà Rịa – Vũng Tàu", "ƯƠ ươ Ă ă Â â Ê ê Ô ô Ơ ơ Ư ư Ỹ ỹ",
                "İstanbul", "ΟΔΟΣ Σ", "Straße", "ǅ ǆ", "ﬁ", "Ｈà Ｎội", "\u212B \u00C5", "1\u0303 2\u0301",
                "\u00A0tab\tnbsp\u00A0", "soft\u00ADhyphen", "zero\u200Bwidth", "emoji 👍🏽 bò",
                "", "   ", "!!!", "한국어", "Tiếng Việt 123 ABC");
    }

    @ParameterizedTest
    @MethodSource("trickyInputs")
    void browserFoldsAndSplitsWordsAsJavaDoes(String text) {
        if (!driver.getCurrentUrl().startsWith(url(basic, "/tim-kiem/"))) {
            driver.get(url(basic, "/tim-kiem/"));
        }
        List<?> js = (List<?>) driver.executeScript(
                "var s = window.portalSearch; return [s.fold(arguments[0]), s.words(arguments[0])];", text);
        assertEquals(VietnameseText.fold(text), js.get(0), "fold of " + text);
        assertEquals(VietnameseText.words(text), js.get(1), "words of " + text);
    }

    @Test
    void headerBoxLeadsToTheResultsOfAQueryWithoutDiacritics() {
        driver.get(url(basic, "/mo-hinh/"));
        assertFalse(resources().stream().anyMatch(r -> r.contains("/tim-kiem/") || r.contains("search.js")),
                "nothing of search loads elsewhere: " + resources());
        WebElement box = driver.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("ngan hang bo", Keys.ENTER);
        awaitResultsFor("ngan hang bo");
        assertEquals(url(basic, "/tim-kiem/?q=ngan+hang+bo"), driver.getCurrentUrl());
        assertEquals("Tìm thấy 2 kết quả cho “ngan hang bo”.", status());
        assertEquals(List.of("/mo-hinh/nuoi-bo/", "/tin-tuc/tin-mau/"), resultLinks(), "summary above body");
        assertEquals("ngan hang bo", driver.findElement(By.id("tu-khoa")).getAttribute("value"));
    }

    @Test
    void queriesWithAndWithoutDiacriticsOrCaseGiveTheSameResults() {
        driver.get(url(basic, "/tim-kiem/"));
        assertFalse(resources().stream().anyMatch(r -> r.contains("chi-muc")), "no index before a query");
        assertEquals("", status());
        for (String query : List.of("Ngân hàng bò", "NGAN HANG BO", "ngân hang BÒ")) {
            search(query);
            assertEquals("Tìm thấy 2 kết quả cho “" + query + "”.", status());
            assertEquals(List.of("/mo-hinh/nuoi-bo/", "/tin-tuc/tin-mau/"), resultLinks(), query);
        }
        assertTrue(driver.getCurrentUrl().endsWith("?q=ng%C3%A2n+hang+B%C3%92"), "a query can be shared: " + driver.getCurrentUrl());
        assertTrue(resources().stream().anyMatch(r -> r.contains("/tim-kiem/chi-muc.json")));
    }

    @Test
    void resultsShowKindPlaceSummaryTypesAndLink() {
        driver.get(url(basic, "/tim-kiem/?q=nuoi%20bo"));
        awaitResultsFor("nuoi bo");
        WebElement first = driver.findElement(By.cssSelector("#danh-sach-ket-qua > li"));
        assertEquals("Mô hình", first.findElement(By.className("kind")).getText());
        assertEquals("Nuôi bò sinh sản", first.findElement(By.cssSelector("h2 a")).getText());
        assertEquals(url(basic, "/mo-hinh/nuoi-bo/"), first.findElement(By.cssSelector("h2 a")).getAttribute("href"));
        assertEquals("Hộ nghèo được hỗ trợ bò giống theo cách làm ngân hàng bò.", first.findElement(By.className("card-summary")).getText());
        assertEquals("Địa phương: Hà Tĩnh", first.findElement(By.className("tag-place")).getAttribute("textContent"));
        assertEquals("Sinh kế, phát triển sản xuất", first.findElement(By.className("tag")).getText());
        assertEquals("2020-01-15", first.findElement(By.tagName("time")).getAttribute("datetime"));
        assertEquals("“nuoi bo” – Tìm kiếm – Trang thử nghiệm", driver.getTitle());
    }

    @Test
    void titlesAreShownAsTextNeverAsMarkup() {
        driver.get(url(basic, "/tim-kiem/?q=alert"));
        awaitResultsFor("alert");
        assertEquals("<script>alert(1)</script> & mô hình", driver.findElement(By.cssSelector("#danh-sach-ket-qua h2 a")).getText());
        assertTrue(driver.findElements(By.cssSelector("main script, #danh-sach-ket-qua b")).isEmpty());
    }

    @Test
    void documentNumbersAreFoundWithOrWithoutDiacritics() {
        driver.get(url(basic, "/tim-kiem/"));
        search("666/QĐ-TTg");
        assertEquals(List.of("/tin-tuc/tin-mau/"), resultLinks());
        search("666 qd ttg");
        assertEquals(List.of("/tin-tuc/tin-mau/"), resultLinks());
        search("01/kh-ubnd");
        assertEquals(List.of("/van-ban/ke-hoach-mau/"), resultLinks());
        assertEquals("01/KH-UBND", driver.findElement(By.cssSelector("#danh-sach-ket-qua .doc-number")).getText());
    }

    @Test
    void saysInVietnameseWhenNothingOrOnlyPartMatches() {
        driver.get(url(basic, "/tim-kiem/"));
        search("khongcotu");
        assertEquals("Không tìm thấy kết quả nào cho “khongcotu”. Hãy thử từ khác, hoặc xem theo danh mục bên dưới.", status());
        assertTrue(resultLinks().isEmpty());
        search("lục bình khongcotu");
        assertEquals("Không có bài nào chứa đủ các từ của “lục bình khongcotu”; 1 bài dưới đây chứa một phần.", status());
        assertEquals(List.of("/mo-hinh/dan-tham-luc-binh/"), resultLinks());
    }

    @Test
    void theLastWordMatchesTheWordsItBeginsWhileBeingTyped() {
        driver.get(url(basic, "/tim-kiem/"));
        search("thảm lục bì");
        assertEquals(List.of("/mo-hinh/dan-tham-luc-binh/"), resultLinks());
        search("thả lục binh");
        assertTrue(status().startsWith("Không có bài nào chứa đủ các từ"), "only the last word may be unfinished: " + status());
    }

    @Test
    void largeIndexLoadsOnlyThePartsAQueryNeeds() {
        driver.get(url(large, "/tim-kiem/?q=" + "M%C3%B4%20h%C3%ACnh%20th%E1%BB%AD%20s%E1%BB%91%20399"));
        awaitResultsFor("Mô hình thử số 399");
        assertEquals(List.of("/mo-hinh/thu-399/"), resultLinks());
        List<String> parts = resources().stream().filter(r -> r.contains("/tim-kiem/chi-muc/")).toList();
        assertEquals(1, parts.stream().filter(r -> r.contains("/bai-")).count(), "one part of results: " + parts);
        long wordParts = parts.stream().filter(r -> r.contains("/tu")).count();
        assertTrue(wordParts >= 1 && wordParts <= 8, "a few parts of the word list: " + parts);
    }

    @Test
    void manyResultsComeTwentyAtATimeAndTheKeyboardReachesTheNext() throws IOException {
        int expected = 0;
        for (int i = 0; i < LARGE_SITE; i++) {
            List<String> words = VietnameseText.words(Files.readString(largeSite.resolve("content/models/thu-" + i + ".md")));
            expected += words.contains("ngan") && words.contains("hang") ? 1 : 0;
        }
        assertTrue(expected > 40, "the generated site has enough matches: " + expected);
        driver.get(url(large, "/tim-kiem/"));
        search("ngân hàng");
        assertEquals("Tìm thấy " + expected + " kết quả cho “ngân hàng”.", status());
        assertEquals(20, resultLinks().size());
        WebElement more = driver.findElement(By.id("xem-them"));
        assertTrue(more.isDisplayed());
        more.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> resultLinks().size() == 40);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(driver.findElements(By.cssSelector("#danh-sach-ket-qua h2 a")).get(20), focused, "focus on the first new result");
    }

    private void search(String query) {
        WebElement input = driver.findElement(By.id("tu-khoa"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(query);
        awaitResultsFor(query);
    }

    /** Waits until the results of this query are shown and announced. */
    private void awaitResultsFor(String query) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().contains("“" + query + "”")
                && d.findElement(By.id("danh-sach-ket-qua")).getAttribute("aria-busy") == null);
    }

    private String status() {
        return driver.findElement(By.id("ket-qua-tim")).getText();
    }

    private List<String> resultLinks() {
        return driver.findElements(By.cssSelector("#danh-sach-ket-qua h2 a")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> resources() {
        return (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }
}
