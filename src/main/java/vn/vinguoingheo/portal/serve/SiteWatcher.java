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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's {@code content/}, {@code templates/} and {@code assets/} (folders created
 * later included) and hands on the changed paths once per burst of changes: an editor's save
 * often touches a file several times within a few milliseconds. When the system lost events,
 * the site folder itself stands for "anything may have changed".
 */
final class SiteWatcher implements AutoCloseable {

    private static final List<String> WATCHED = List.of("content", "templates", "assets");
    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Thread thread;

    private SiteWatcher(WatchService service, Path site, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.thread = new Thread(() -> loop(site, onChange), "portal-watch");
        thread.setDaemon(true);
    }

    static SiteWatcher start(Path site, Consumer<Set<Path>> onChange) throws IOException {
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

    private void loop(Path site, Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                drain(service.take(), site, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, site, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closing the preview
        }
    }

    /** Adds the changed paths in the watched folders to {@code changed}; registers new folders. */
    private void drain(WatchKey key, Path site, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                Path relative = site.relativize(path);
                if (relative.getNameCount() == 0 || !WATCHED.contains(relative.getName(0).toString())) {
                    continue;
                }
                changed.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        registerTree(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else {
                changed.add(site); // overflow: something changed, we do not know what
            }
        }
        key.reset();
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
