package vn.vinguoingheo.portal.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site's {@code content/}, {@code templates/} and {@code assets/} (folders created
 * later included) and runs an action once per burst of changes: an editor's save often touches
 * a file several times.
 */
final class SiteWatcher implements AutoCloseable {

    private static final List<String> WATCHED = List.of("content", "templates", "assets");
    private static final long QUIET_MILLIS = 80;

    private final WatchService service;
    private final Thread thread;

    private SiteWatcher(WatchService service, Path site, Runnable onChange) {
        this.service = service;
        this.thread = new Thread(() -> loop(site, onChange), "portal-watch");
        thread.setDaemon(true);
    }

    static SiteWatcher start(Path site, Runnable onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        SiteWatcher watcher = new SiteWatcher(service, site, onChange);
        watcher.register(site);
        watcher.thread.start();
        return watcher;
    }

    private void register(Path site) throws IOException {
        site.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
        for (String name : WATCHED) {
            registerTree(site.resolve(name));
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void loop(Path site, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key, site);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more, site);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closing the preview
        }
    }

    /** Registers new folders; true when the events concern the watched folders. */
    private boolean drain(WatchKey key, Path site) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path changed = dir.resolve(name);
                Path relative = site.relativize(changed);
                if (relative.getNameCount() == 0 || !WATCHED.contains(relative.getName(0).toString())) {
                    continue;
                }
                relevant = true;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    try {
                        registerTree(changed);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else {
                relevant = true; // overflow: something changed, we do not know what
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // already closed
        }
        thread.interrupt();
    }
}
