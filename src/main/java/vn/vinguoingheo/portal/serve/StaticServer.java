package vn.vinguoingheo.portal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site over HTTP for preview, the way a static host would: folders answer with
 * their {@code index.html}, unknown paths with {@code 404.html}. It never serves a file outside
 * the output folder, links included.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final String basePath;
    private final LiveReload live;

    private StaticServer(HttpServer server, ExecutorService executor, Path root, String basePath, LiveReload live) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.basePath = basePath;
        this.live = live;
    }

    /**
     * Serves a folder as a static host would.
     *
     * @param basePath the URL path the site lives under ("/" or "/guong-sang/")
     */
    public static StaticServer start(Path root, String host, int port, String basePath) throws IOException {
        return start(root, HttpServer.create(new InetSocketAddress(host, port), 0), basePath, null);
    }

    /** Serves a preview: pages get the live-reload script, and show the site's errors while it has some. */
    static StaticServer start(Path root, HttpServer server, String basePath, LiveReload live) throws IOException {
        // Event streams hold a thread each while a page is open.
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "portal-http");
            thread.setDaemon(true);
            return thread;
        });
        StaticServer staticServer = new StaticServer(server, executor, root.toAbsolutePath().normalize(), basePath, live);
        server.createContext("/", staticServer::handle);
        server.setExecutor(executor);
        server.start();
        return staticServer;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requested = exchange.getRequestURI().getPath();
        if (live != null && live.handles(requested)) {
            live.handle(exchange);
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") && !basePath.equals("/")) {
                redirect(exchange, basePath);
                return;
            }
            if (!path.startsWith(basePath) || path.indexOf('\0') >= 0) {
                send(exchange, 404, notFoundPage());
                return;
            }
            Path file = root.resolve(path.substring(basePath.length())).normalize();
            if (Files.isDirectory(file) && !path.endsWith("/")) {
                redirect(exchange, path + "/");
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            send(exchange, isServable(file) ? 200 : 404, isServable(file) ? file : notFoundPage());
        }
    }

    /** Inside the output folder once links are followed, and a regular file. */
    private boolean isServable(Path file) {
        try {
            return file.startsWith(root) && Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Path notFoundPage() {
        return root.resolve("404.html");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private void send(HttpExchange exchange, int status, Path file) throws IOException {
        String type = contentType(file);
        boolean page = type.startsWith("text/html");
        if (live != null && page && live.failing()) {
            respond(exchange, 200, type, live.decorate(live.errorPage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        if (live != null && page) {
            body = live.decorate(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        respond(exchange, status, type, body);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
