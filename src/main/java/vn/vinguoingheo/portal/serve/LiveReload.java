package vn.vinguoingheo.portal.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.vinguoingheo.portal.content.Problem;

/**
 * The preview server's link to open browser pages: a small script, added only to pages the
 * preview serves (never to built files), listens to Server-Sent Events and reloads the page
 * after each rebuild. While the site has errors, pages show them instead.
 */
final class LiveReload {

    /** Outside any site's base path, so it can never clash with a page. */
    static final String PREFIX = "/__portal/";
    private static final String SCRIPT_PATH = PREFIX + "live.js";
    private static final String EVENTS_PATH = PREFIX + "events";
    private static final String SCRIPT = """
            (function () {
              var events = new EventSource("%s");
              events.addEventListener("reload", function () { location.reload(); });
            })();
            """.formatted(EVENTS_PATH);

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> errors = List.of();
    private volatile String failure;

    boolean handles(String path) {
        return path.startsWith(PREFIX);
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(SCRIPT_PATH)) {
            byte[] body = SCRIPT.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        } else if (path.equals(EVENTS_PATH)) {
            listen(exchange);
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        }
    }

    /** Keeps the connection open; {@link #changed()} writes to it. */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": kết nối\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    /** After a rebuild: a good site clears the error page; open pages reload either way. */
    void rebuilt(List<Problem> newErrors, String newFailure) {
        this.errors = List.copyOf(newErrors);
        this.failure = newFailure;
        changed();
    }

    boolean failing() {
        return !errors.isEmpty() || failure != null;
    }

    private void changed() {
        byte[] event = "event: reload\ndata: \n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(event);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    /** Adds the script to a page the preview serves. */
    String decorate(String html) {
        String tag = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    /** The page shown instead of the site while it has errors. */
    String errorPage() {
        StringBuilder list = new StringBuilder();
        if (failure != null) {
            list.append("<li>").append(escape(failure)).append("</li>");
        }
        errors.forEach(p -> list.append("<li>").append(escape(p.toString())).append("</li>"));
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Trang đang có lỗi</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2329;line-height:1.5}
                h1{color:#a4161a;font-size:1.5rem}li{font-family:ui-monospace,monospace;margin:.5rem 0;white-space:pre-wrap}</style>
                </head><body><main><h1>Trang đang có lỗi, chưa thể xem thử</h1>
                <p>Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.</p><ul>%s</ul></main></body></html>
                """.formatted(list);
    }

    void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // the browser went away first
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
