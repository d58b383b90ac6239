package vn.vinguoingheo.portal.markup;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to publish: one flexmark parser and renderer for every entry
 * (both are immutable and thread-safe), then jsoup's allow-list cleaner for raw HTML, which drops
 * scripts, event handlers and {@code javascript:}/{@code data:} URLs.
 */
public final class SafeMarkdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .toImmutable();

    /** Used only to resolve relative links while checking them; relative links stay relative. */
    private static final String CHECK_BASE = "https://site.invalid/";

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();

    public String toHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, CHECK_BASE, ALLOWED), CHECK_BASE);
        clean.outputSettings().prettyPrint(false);
        // The page title is the only h1; headings in a body start one level below it.
        clean.select("h1").tagName("h2");
        clean.select("a[href^=http]").attr("rel", "noopener");
        return clean.body().html();
    }
}
