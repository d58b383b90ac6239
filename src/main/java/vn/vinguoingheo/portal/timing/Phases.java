package vn.vinguoingheo.portal.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a build's time goes, by phase, for {@code build --timings} and the benchmark. Steps of the
 * build itself (read, model, each rendering tool, write) are timed as they run; work done for
 * many items on many threads (Markdown, templates, share cards, QR codes, photos) is the sum of
 * the items' times, which can exceed the wall time on several cores. Off unless enabled: then
 * {@link #start()} and {@link #add} cost one volatile read.
 */
public final class Phases {

    public static final String READ = "read (Markdown included)";
    public static final String MARKDOWN = "Markdown, summed over threads";
    public static final String MODEL = "model";
    public static final String TEMPLATES = "templates, summed over threads (QR included)";
    public static final String QR = "QR codes, summed over threads";
    public static final String SHARE_CARDS = "share cards, summed over threads";
    public static final String PHOTOS = "photos, summed over threads";
    public static final String WRITE = "write (assets, files, swap)";
    public static final String CACHE_PRUNE = "cache prune";

    private static volatile boolean enabled;
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final List<String> ORDER = new ArrayList<>();

    private Phases() {
    }

    public static void enable() {
        enabled = true;
    }

    public static boolean enabled() {
        return enabled;
    }

    /** A start time for {@link #add}, or 0 when timing is off. */
    public static long start() {
        return enabled ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to {@code phase}. */
    public static void add(String phase, long start) {
        if (!enabled) {
            return;
        }
        long elapsed = System.nanoTime() - start;
        NANOS.computeIfAbsent(phase, name -> {
            synchronized (ORDER) {
                ORDER.add(name);
            }
            return new LongAdder();
        }).add(elapsed);
    }

    /** One line per phase in the order first timed: name and seconds. */
    public static List<String> report() {
        List<String> lines = new ArrayList<>();
        synchronized (ORDER) {
            for (String phase : ORDER) {
                lines.add(String.format(Locale.ROOT, "%-48s %8.2f s", phase, NANOS.get(phase).sum() / 1e9));
            }
        }
        return lines;
    }
}
