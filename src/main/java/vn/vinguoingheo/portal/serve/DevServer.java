package vn.vinguoingheo.portal.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.content.ContentLoader;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * The editors' preview: builds the site (drafts and scheduled entries included, with badges)
 * into a temporary folder with links pointing at itself, serves it, and rebuilds and reloads
 * open pages whenever a file under {@code content/}, {@code templates/} or {@code assets/}
 * changes. A failed rebuild keeps the last good site and shows the errors in the browser.
 */
public final class DevServer implements AutoCloseable {

    private final Path site;
    private final Path output;
    private final URI localUrl;
    private final LiveReload live = new LiveReload();
    private final PrintWriter log;
    private final StaticServer server;
    private final SiteWatcher watcher;

    private DevServer(Path site, HttpServer http, PrintWriter log) throws IOException {
        this.site = site;
        this.log = log;
        this.output = Files.createTempDirectory("portal-serve-").resolve("site");
        String basePath = basePath(site);
        this.localUrl = URI.create("http://localhost:" + http.getAddress().getPort() + basePath);
        rebuild();
        this.server = StaticServer.start(output, http, basePath, live);
        this.watcher = SiteWatcher.start(site, this::rebuild);
    }

    /** Starts on {@code host:port} (port 0: any free port). */
    public static DevServer start(Path site, String host, int port, PrintWriter log) throws IOException {
        return new DevServer(site, HttpServer.create(new InetSocketAddress(host, port), 0), log);
    }

    public URI url() {
        return localUrl;
    }

    /** The site's path under its base URL; "/" while site.yaml cannot be read yet. */
    private static String basePath(Path site) {
        LoadResult loaded = ContentLoader.load(site);
        if (loaded.content() != null && loaded.content().config() != null) {
            return loaded.content().config().baseUrl().getPath();
        }
        return "/";
    }

    private synchronized void rebuild() {
        long start = System.nanoTime();
        Visibility preview = new Visibility(true, true, Visibility.published().today());
        try {
            Portal.BuildResult result = Portal.buildWith(site, output, new Portal.Options(localUrl, preview));
            List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
            live.rebuilt(errors, null);
            if (errors.isEmpty()) {
                log.printf("Đã tạo lại trang (%s giây).%n", String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e9).replace('.', ','));
            } else {
                log.printf("Trang có %d lỗi; đang giữ bản tốt gần nhất:%n", errors.size());
                errors.forEach(log::println);
            }
        } catch (Portal.BuildFailure e) {
            live.rebuilt(List.of(), e.getMessage());
            log.println(e.getMessage());
        }
        log.flush();
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
    }
}
