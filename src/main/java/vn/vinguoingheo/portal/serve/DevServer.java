package vn.vinguoingheo.portal.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.read.ContentLoader;

/**
 * The editors' preview: builds the site (drafts and scheduled entries included, with badges)
 * into a temporary folder with links pointing at itself, and serves it. When files under
 * {@code content/}, {@code templates/} or {@code assets/} change, one thread updates the pages an
 * edit changed and reloads open pages; another then brings the rest of the output up to date in
 * the background (or rebuilds it, after templates or assets changed), giving way whenever a
 * newer change arrives (see {@link Preview}). A failed build keeps the last good site and shows
 * the errors in the browser.
 */
public final class DevServer implements AutoCloseable {

    /** Rehearsals of an update after the first build, so that the first save finds the update's code compiled. */
    private static final int WARM_UP_UPDATES = 15;
    /**
     * How long the background refresh waits after a page update: open pages reload at once, and at
     * 10,000 entries a refresh starting at that moment slowed their loading by 50-150 ms.
     */
    private static final long REFRESH_DELAY_MILLIS = 250;

    private final URI localUrl;
    private final LiveReload live = new LiveReload();
    private final PrintWriter log;
    private final Preview preview;
    private final StaticServer server;
    private final SiteWatcher watcher;
    private final List<Thread> workers;
    /**
     * The background rebuild's parallel work runs here, not in the common pool: page updates
     * would otherwise queue behind a rebuild's thousands of page tasks.
     */
    private final ForkJoinPool rebuildPool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    /** Counts batches of changes: a rebuild begun before the latest one is superseded. */
    private final AtomicLong generation = new AtomicLong();
    /** Paths changed since the page updater last took them; guarded by itself. */
    private final Set<Path> pending = new LinkedHashSet<>();
    /** Whether a whole rebuild is wanted, and whether open pages must reload after it; guarded by {@link #pending}. */
    private boolean rebuildWanted;
    private boolean reloadAfterRebuild;

    private DevServer(Path site, HttpServer http, PrintWriter log, BuildCache cache) throws IOException {
        this.log = log;
        Path output = Files.createTempDirectory("portal-serve-").resolve("site");
        String basePath = basePath(site);
        this.localUrl = URI.create("http://localhost:" + http.getAddress().getPort() + basePath);
        this.preview = new Preview(site, output, localUrl, cache);
        // Watching starts first: what changes during the first build is taken up after it, and the
        // preview's loads rely on the watcher's reports instead of listing every folder again.
        this.watcher = SiteWatcher.start(site, this::changed);
        try {
            long start = System.nanoTime();
            report(preview.rebuild(() -> false), start, "Đã tạo trang");
            this.server = StaticServer.start(output, http, basePath, live);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        this.workers = List.of(daemon(this::updateLoop, "portal-update"), daemon(this::rebuildLoop, "portal-rebuild"));
    }

    /** Starts on {@code host:port} (port 0: any free port). */
    public static DevServer start(Path site, String host, int port, PrintWriter log) throws IOException {
        return start(site, host, port, log, BuildCache.none());
    }

    /** Starts as {@link #start(Path, String, int, PrintWriter)} does, keeping derived artefacts in {@code cache}. */
    public static DevServer start(Path site, String host, int port, PrintWriter log, BuildCache cache) throws IOException {
        return new DevServer(site, HttpServer.create(new InetSocketAddress(host, port), 0), log, cache);
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

    private static Thread daemon(Runnable loop, String name) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void changed(Set<Path> paths) {
        generation.incrementAndGet();
        synchronized (pending) {
            pending.addAll(paths);
            pending.notifyAll();
        }
    }

    /** Takes each batch of changes as it comes: the changed pages at once, then asks for a whole rebuild. */
    private void updateLoop() {
        try {
            while (true) {
                Set<Path> changes;
                synchronized (pending) {
                    while (pending.isEmpty()) {
                        pending.wait();
                    }
                    changes = Set.copyOf(pending);
                    pending.clear();
                }
                long start = System.nanoTime();
                preview.changed(changes);
                if (!preview.canUpdatePages(changes)) {
                    wantRebuild(true);
                    continue;
                }
                Preview.Outcome updated = guarded(preview::updatePages);
                report(updated, start, "Đã cập nhật " + updated.pages() + " trang");
                if (updated.ok()) {
                    // Open pages already show the edit: after the rebuild they reload only to show a problem.
                    wantRebuild(false);
                }
            }
        } catch (InterruptedException stopping) {
            // the preview is closing
        }
    }

    private void wantRebuild(boolean reload) {
        synchronized (pending) {
            rebuildWanted = true;
            reloadAfterRebuild |= reload;
            pending.notifyAll();
        }
    }

    /** Brings the whole output up to date when asked; a newer change stops it, and it starts again after that change. */
    private void rebuildLoop() {
        try {
            warmUp();
            while (true) {
                boolean reload;
                synchronized (pending) {
                    while (!rebuildWanted) {
                        pending.wait();
                    }
                    reload = reloadAfterRebuild;
                    rebuildWanted = false;
                    reloadAfterRebuild = false;
                }
                long startedAt = generation.get();
                if (!reload) {
                    Thread.sleep(REFRESH_DELAY_MILLIS);
                    if (generation.get() != startedAt) {
                        continue; // the newer change's update asks for a refresh again
                    }
                }
                long start = System.nanoTime();
                Optional<Preview.Outcome> rebuilt = rebuildPool.submit(() -> {
                    try {
                        BooleanSupplier superseded = () -> generation.get() != startedAt;
                        // After page updates only the rest needs bringing up to date; templates or assets change every page.
                        return Optional.of(guarded(() -> reload ? preview.rebuild(superseded) : preview.refresh(superseded)));
                    } catch (CancellationException superseded) {
                        return Optional.<Preview.Outcome>empty();
                    }
                }).join();
                if (rebuilt.isEmpty()) {
                    if (reload) {
                        wantRebuild(true); // the newer change may need only a page update: keep the reload owed
                    }
                } else if (reload || !rebuilt.get().ok()) {
                    report(rebuilt.get(), start, "Đã tạo lại trang");
                }
            }
        } catch (InterruptedException stopping) {
            // the preview is closing
        }
    }

    /**
     * Rehearses updates until the first change: the first build took other paths, and the first
     * edit would otherwise wait for the JIT. This thread, not the updater, so that a save made
     * meanwhile is taken up at once.
     */
    private void warmUp() {
        long before = generation.get();
        for (int i = 0; i < WARM_UP_UPDATES && generation.get() == before; i++) {
            try {
                preview.rehearseUpdate();
            } catch (RuntimeException e) {
                return; // the real update will show it
            }
        }
    }

    /** A fault in the generator shown like any failed build, so that the preview keeps going. */
    private static Preview.Outcome guarded(Supplier<Preview.Outcome> step) {
        try {
            return step.get();
        } catch (CancellationException superseded) {
            throw superseded;
        } catch (RuntimeException e) {
            return Preview.Outcome.failed("Lỗi nội bộ của công cụ khi tạo trang xem thử (" + e + "). Xin báo lỗi.");
        }
    }

    /** Tells the open pages and the terminal how a step went. */
    private void report(Preview.Outcome outcome, long start, String done) {
        live.rebuilt(outcome.errors(), outcome.failure());
        if (outcome.failure() != null) {
            log.println(outcome.failure());
        } else if (!outcome.errors().isEmpty()) {
            log.printf("Trang có %d lỗi; đang giữ bản tốt gần nhất:%n", outcome.errors().size());
            outcome.errors().forEach(log::println);
        } else {
            log.printf("%s (%s giây).%n", done, String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e9).replace('.', ','));
        }
        log.flush();
    }

    @Override
    public void close() {
        watcher.close();
        workers.forEach(Thread::interrupt);
        rebuildPool.shutdownNow();
        server.close();
    }
}
