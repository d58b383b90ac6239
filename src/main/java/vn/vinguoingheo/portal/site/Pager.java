package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Where a page stands in a long list split into pages of {@link #SIZE} entries, with stable URLs:
 * the first page at the list's own URL, the others at {@code trang/2/}, {@code trang/3/}…
 *
 * @param number this page, from 1
 * @param pages how many pages the list has
 * @param total how many entries the list has
 * @param previous the previous page's URL, or null on the first
 * @param next the next page's URL, or null on the last
 */
public record Pager(int number, int pages, int total, String previous, String next, List<Link> links) {

    public static final int SIZE = 50;

    public boolean several() {
        return pages > 1;
    }

    /** The URL of page {@code number} of the list at {@code first}. */
    static String url(String first, int number) {
        return number == 1 ? first : first + "trang/" + number + "/";
    }

    /**
     * Splits {@code items} into pages and makes one site page of each.
     *
     * @param page makes the site page for a slice of the list and its pager
     */
    static <T, P> List<P> paginate(List<T> items, String first, BiFunction<List<T>, Pager, P> page) {
        int pages = Math.max(1, (items.size() + SIZE - 1) / SIZE);
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            links.add(new Link(url(first, n), String.valueOf(n)));
        }
        List<P> out = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            Pager pager = new Pager(n, pages, items.size(), n > 1 ? url(first, n - 1) : null,
                    n < pages ? url(first, n + 1) : null, List.copyOf(links));
            out.add(page.apply(items.subList((n - 1) * SIZE, Math.min(items.size(), n * SIZE)), pager));
        }
        return out;
    }
}
