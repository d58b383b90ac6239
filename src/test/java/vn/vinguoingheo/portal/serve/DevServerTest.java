package vn.vinguoingheo.portal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.site.Visibility;

/** The preview over real HTTP: edit a file, see the change; break it, see the errors; fix it. */
class DevServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    private Path site;
    private DevServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = TestSites.copy("basic", tmp);
        server = DevServer.start(site, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private String waitFor(String path, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = get(path);
        while (!condition.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = get(path);
        }
        return body;
    }

    @Test
    void pagesCarryTheLiveReloadScriptAndLinksPointAtThePreview() throws Exception {
        String home = get("/");
        assertTrue(home.contains("<script src=\"/__portal/live.js\" defer></script></body>"), home);
        assertTrue(home.contains("href=\"http://localhost:" + server.url().getPort() + "/\""), "canonical points at the preview");
        assertTrue(get("/__portal/live.js").contains("EventSource"));
    }

    @Test
    void previewShowsDraftsWithABadge() throws Exception {
        assertTrue(get("/mo-hinh/ban-nhap/").contains("bản nháp"));
    }

    @Test
    void anEditShowsUpAndOpenPagesAreToldToReload() throws Exception {
        CompletableFuture<String> event = CompletableFuture.supplyAsync(this::firstReloadEvent);
        Thread.sleep(300); // let the event stream connect
        Path model = site.resolve("content/models/nha-tinh-thuong.md");
        Files.writeString(model, Files.readString(model).replace("Nhà tình thương Phước Long", "Nhà đại đoàn kết Phước Long"));

        String page = waitFor("/mo-hinh/nha-tinh-thuong/", body -> body.contains("Nhà đại đoàn kết Phước Long"));
        assertTrue(page.contains("<h1>Nhà đại đoàn kết Phước Long</h1>"), page);
        assertEquals("event: reload", event.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void errorsAreShownInsteadOfPagesUntilFixed() throws Exception {
        Path model = site.resolve("content/models/nha-tinh-thuong.md");
        String good = Files.readString(model);
        Files.writeString(model, good.replace("province: Bạc Liêu", "province: Bac Lieuu"));

        String broken = waitFor("/mo-hinh/", body -> body.contains("Trang đang có lỗi"));
        assertTrue(broken.contains("content/models/nha-tinh-thuong.md:3:11: tỉnh/thành \"Bac Lieuu\" không có trong danh mục; có phải \"bac-lieu\"?"), broken);
        assertTrue(broken.contains("/__portal/live.js"), "the error page reloads itself once fixed");

        Files.writeString(model, good);
        String fixed = waitFor("/mo-hinh/", body -> !body.contains("Trang đang có lỗi"));
        assertFalse(fixed.contains("Trang đang có lỗi"));
        assertTrue(fixed.contains("Nhà tình thương Phước Long"));
    }

    @Test
    void newFilesAndFoldersAreWatchedToo() throws Exception {
        TestSites.write(site, "content/stories/tin-moi.md", "---\ntitle: Tin mới toanh\ndate: 2023-05-01\nsummary: s\n---\n");
        assertTrue(waitFor("/tin-tuc/", body -> body.contains("Tin mới toanh")).contains("Tin mới toanh"));
        // The fixture has no templates/ folder: creating one with an override must be noticed.
        TestSites.write(site, "templates/error404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Lạc đường rồi</h1></@layout.frame>");
        assertTrue(waitFor("/khong-co/", body -> body.contains("Lạc đường rồi")).contains("Lạc đường rồi"));
    }

    @Test
    void rapidSavesEndInExactlyWhatAFullBuildWrites() throws Exception {
        Path model = site.resolve("content/models/nha-tinh-thuong.md");
        Path story = site.resolve("content/stories/tin-nhanh.md");
        String original = Files.readString(model);
        for (int i = 1; i <= 4; i++) {
            Files.writeString(model, original.replace("Nhà tình thương Phước Long", "Nhà đại đoàn kết số " + i));
            if (i == 2) {
                Files.writeString(story, "---\ntitle: Tin nhanh\ndate: 2023-05-01\nsummary: s\nmodels: [nha-tinh-thuong]\n---\n");
            }
            if (i == 3) {
                Files.delete(story);
            }
            Thread.sleep(60);
        }
        Path full = tmp.resolve("full");
        Portal.Options preview = new Portal.Options(server.url(), new Visibility(true, true, Visibility.published().today()));
        assertTrue(Portal.buildWith(site, full, preview).built());

        List<String> pages;
        try (Stream<Path> walk = Files.walk(full)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml") || p.toString().endsWith(".json"))
                    .map(p -> full.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> differing = differing(pages, full);
        while (!differing.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            differing = differing(pages, full);
        }
        assertEquals(List.of(), differing, "served pages that differ from a full build of the same content");
        assertEquals(404, http.send(HttpRequest.newBuilder(server.url().resolve("/tin-tuc/tin-nhanh/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the deleted story is gone");
    }

    /** The files whose served bytes (without the live-reload script) differ from those in {@code full}. */
    private List<String> differing(List<String> files, Path full) throws Exception {
        String script = "<script src=\"/__portal/live.js\" defer></script>";
        List<String> differing = new ArrayList<>();
        for (String file : files) {
            String served = get("/" + file.replaceFirst("index\\.html$", "")).replace(script, "");
            if (!served.equals(Files.readString(full.resolve(file)))) {
                differing.add(file);
            }
        }
        return differing;
    }

    private String firstReloadEvent() {
        try {
            var connection = server.url().resolve("/__portal/events").toURL().openConnection();
            connection.setReadTimeout((int) PATIENCE.toMillis());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        return line;
                    }
                }
                return "closed";
            }
        } catch (Exception e) {
            return e.toString();
        }
    }
}
