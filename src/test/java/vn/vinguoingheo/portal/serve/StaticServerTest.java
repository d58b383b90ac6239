package vn.vinguoingheo.portal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;

class StaticServerTest {

    @TempDir
    Path tmp;
    private StaticServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        Path out = tmp.resolve("out");
        TestSites.write(out, "index.html", "<h1>Trang chủ</h1>");
        TestSites.write(out, "mo-hinh/index.html", "<h1>Mô hình</h1>");
        TestSites.write(out, "404.html", "<h1>Không tìm thấy</h1>");
        TestSites.write(out, "assets/style.css", "body{}");
        TestSites.write(tmp, "secret.txt", "bí mật");
        Files.createSymbolicLink(out.resolve("link-ra-ngoai.txt"), tmp.resolve("secret.txt"));
        server = StaticServer.start(out, "127.0.0.1", 0, "/");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesFoldersWithTheirIndexAndTheRightType() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("<h1>Trang chủ</h1>", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("<h1>Mô hình</h1>", get("/mo-hinh/").body());
    }

    @Test
    void redirectsFoldersToTheirSlashForm() throws Exception {
        HttpResponse<String> response = get("/mo-hinh");
        assertEquals(301, response.statusCode());
        assertEquals("/mo-hinh/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownPathsGetTheNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/khong-co/");
        assertEquals(404, response.statusCode());
        assertEquals("<h1>Không tìm thấy</h1>", response.body());
    }

    @Test
    void neverServesFilesOutsideTheOutputFolder() throws Exception {
        assertEquals(404, get("/link-ra-ngoai.txt").statusCode());
        assertEquals(404, get("/%2e%2e/secret.txt").statusCode());
        String raw = rawRequest("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(!raw.contains("bí mật"), raw);
    }

    @Test
    void refusesOtherMethods() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
