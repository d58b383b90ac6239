package vn.vinguoingheo.portal.site;

import java.util.Locale;
import java.util.function.Function;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.DocumentFile;
import vn.vinguoingheo.portal.content.Entry;

/** Where a decision's attached file and its replacement are, for its page. */
public final class DocumentLinks {

    /**
     * @param replacedBy the public decision that replaced it, or null
     * @param file its attached file, or null
     */
    public record DocumentView(Link replacedBy, FileView file) {
    }

    /**
     * @param size "245,1 KB"
     */
    public record FileView(String url, String name, String format, String size, long bytes) {
    }

    private DocumentLinks() {
    }

    static DocumentView of(Entry entry, Urls urls, Assets assets, Function<DecisionDetails, Entry> replacement) {
        if (!(entry.details() instanceof DecisionDetails d)) {
            return new DocumentView(null, null);
        }
        Entry replacing = d.replacedBy() == null ? null : replacement.apply(d);
        Link replacedBy = replacing == null ? null : new Link(urls.entry(replacing),
                ((DecisionDetails) replacing.details()).number());
        FileView file = null;
        DocumentFile f = d.file();
        if (f != null && f.source() != null) {
            String url = f.inAssets() ? assets.url(f.source().substring("assets/".length())) : urls.entry(entry) + f.fileName();
            file = new FileView(url, f.fileName(), f.format(), size(f.bytes()), f.bytes());
        }
        return new DocumentView(replacedBy, file);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        double kb = bytes / 1024.0;
        String text = kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
        return text.replace('.', ',');
    }
}
