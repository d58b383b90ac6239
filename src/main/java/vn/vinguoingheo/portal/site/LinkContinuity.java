package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;

/**
 * Links once published must keep working: compares the site's pages with the URL list of the
 * previous build. An entry that looks renamed without an {@code aliases:} line is an error (its
 * old links would break); any other page gone is a warning (removing a page is allowed).
 */
public final class LinkContinuity {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private LinkContinuity() {
    }

    /**
     * @param previous the URLs of the previous build, in the order of its list
     * @param listFile how to name that list in messages (its line numbers point into it)
     */
    public static List<Problem> check(SiteModel site, List<String> previous, String listFile) {
        if (previous.isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems();
        Urls urls = site.urls();
        String previousHome = previous.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
        if (!previousHome.equals(urls.home())) {
            problems.warn(new Location(listFile, 1, 1), "địa chỉ gốc của trang đổi từ " + previousHome + " sang " + urls.home()
                    + ": mọi liên kết cũ sẽ hỏng nếu máy chủ không chuyển hướng chúng");
            return problems.sorted();
        }
        Set<String> now = new HashSet<>();
        site.pages().forEach(p -> now.add(p.url()));
        Set<String> before = new HashSet<>(previous);
        List<Entry> newEntries = new ArrayList<>();
        for (Page page : site.entryPages()) {
            if (!before.contains(page.url())) {
                newEntries.add(((Views.EntryView) page.data()).entry());
            }
        }
        for (int i = 0; i < previous.size(); i++) {
            String gone = previous.get(i);
            if (now.contains(gone) || cardOfGonePage(gone, urls, now, before)) {
                continue;
            }
            String alias = "aliases: [/" + gone.substring(urls.home().length()) + "]";
            Optional<Entry> renamed = renamedTo(gone, newEntries, urls);
            if (renamed.isPresent()) {
                problems.error(Location.startOf(renamed.get().sourcePath()), "bài này có vẻ đã đổi đường dẫn từ " + gone
                        + " (đã đăng ở lần tạo trước) sang " + urls.entry(renamed.get())
                        + "; để liên kết cũ không hỏng, thêm vào phần đầu: " + alias);
            } else {
                problems.warn(new Location(listFile, i + 1, 1), "trang " + gone + " đã đăng ở lần tạo trước nay không còn, "
                        + "liên kết tới nó sẽ hỏng; nếu bài được đổi tên, thêm " + alias + " vào bài mới");
            }
        }
        return problems.sorted();
    }

    /** An embed card ({@code …/nhung/}) whose page is gone too: the message about the page covers both. */
    private static boolean cardOfGonePage(String gone, Urls urls, Set<String> now, Set<String> before) {
        String card = urls.embed("");
        if (!gone.endsWith("/" + card)) {
            return false;
        }
        String page = gone.substring(0, gone.length() - card.length());
        return before.contains(page) && !now.contains(page);
    }

    /**
     * A new entry of the same section whose slug is close to the one gone: most likely a rename.
     * Close means a typo apart, or sharing at least half of their words ({@code nha-tinh-thuong} →
     * {@code nha-tinh-thuong-phuoc-long}), but not one word of two ({@code nuoi-bo}, {@code nuoi-ga}).
     */
    private static Optional<Entry> renamedTo(String gone, List<Entry> newEntries, Urls urls) {
        return newEntries.stream()
                .filter(e -> gone.startsWith(urls.section(e.kind())))
                .filter(e -> gone.substring(urls.section(e.kind()).length()).matches("[^/]+/"))
                .filter(e -> similarity(oldSlug(gone, urls, e), e.slug()) >= 0.5)
                .max(Comparator.<Entry>comparingDouble(e -> similarity(oldSlug(gone, urls, e), e.slug()))
                        .thenComparing(Entry::slug, Comparator.reverseOrder()));
    }

    private static String oldSlug(String gone, Urls urls, Entry entry) {
        return gone.substring(urls.section(entry.kind()).length(), gone.length() - 1);
    }

    /** 1 for a typo (two edits or fewer), else the share of words the two slugs have in common. */
    private static double similarity(String oldSlug, String newSlug) {
        if (DISTANCE.apply(oldSlug, newSlug) <= 2) {
            return 1;
        }
        Set<String> a = new HashSet<>(Arrays.asList(oldSlug.split("-")));
        Set<String> b = new HashSet<>(Arrays.asList(newSlug.split("-")));
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) a.stream().filter(b::contains).count() / union.size();
    }
}
