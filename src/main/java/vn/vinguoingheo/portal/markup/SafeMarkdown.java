package vn.vinguoingheo.portal.markup;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to publish: one flexmark parser and renderer for every entry
 * (both are immutable and thread-safe). Raw HTML, and anything flexmark writes that is not on
 * {@link FlexmarkOutput}'s short allow-list, goes through jsoup's allow-list cleaner, which drops
 * scripts, event handlers and {@code javascript:}/{@code data:} URLs. Plain Markdown, nearly every
 * entry, needs no cleaning: skipping jsoup there saves its start-up and two HTML parses per entry.
 */
public final class SafeMarkdown {

    /**
     * To be changed whenever the HTML made from the same Markdown may change (options, allow-lists):
     * cached conversions are keyed by it, and by the generator's version (which covers libraries).
     */
    public static final String VERSION = "safe-markdown 1";

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.HARD_BREAK, "<br>\n")
            .toImmutable();

    /** Used only to resolve relative links while checking them; relative links stay relative. */
    private static final String CHECK_BASE = "https://site.invalid/";

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).attributeProviderFactory(new NoOpener()).build();

    public String toHtml(String markdown) {
        Node document = parse(markdown);
        String html = renderer.render(document);
        return needsCleaner(document, html) ? Cleaner.clean(html) : FlexmarkOutput.tidy(html);
    }

    /**
     * An image written in a body: its address as written, and where it starts (character offset
     * in the Markdown, for the line and column of messages).
     */
    public record WrittenImage(String url, int offset) {
    }

    /** A tag's start in raw HTML: each {@code <img} found by jsoup is matched, in order, to one. */
    private static final Pattern IMG_TAG = Pattern.compile("<img\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The images a body shows, in the order written: {@code ![alt](url)}, {@code ![alt][ref]} and
     * raw {@code <img src>} (which the cleaner lets through). Read from flexmark's tree, so code
     * spans and code blocks that merely show such text are not images.
     */
    public List<WrittenImage> images(String markdown) {
        String lower = markdown.toLowerCase(Locale.ROOT);
        if (!markdown.contains("![") && !lower.contains("<img")) {
            return List.of();
        }
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        List<WrittenImage> images = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image) {
                images.add(new WrittenImage(image.getUrl().unescape(), node.getStartOffset()));
            } else if (node instanceof ImageRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    images.add(new WrittenImage(reference.getUrl().unescape(), node.getStartOffset()));
                }
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                String html = node.getChars().toString();
                Matcher tag = IMG_TAG.matcher(html);
                for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) {
                    int at = tag.find() ? tag.start() : 0;
                    images.add(new WrittenImage(img.attr("src"), node.getStartOffset() + at));
                }
            }
        }
        return images;
    }

    /** Whether {@link #toHtml} leaves this body to flexmark alone. */
    boolean skipsCleaner(String markdown) {
        Node document = parse(markdown);
        return !needsCleaner(document, renderer.render(document));
    }

    /** Raw HTML, or anything flexmark wrote that is not on the short allow-list, goes through the cleaner. */
    private static boolean needsCleaner(Node document, String html) {
        return hasRawHtml(document) || !FlexmarkOutput.isAllowed(html);
    }

    /** The body as the cleaner leaves it, which every body went through before: what the plain path must equal. */
    String throughCleaner(String markdown) {
        return Cleaner.clean(renderer.render(parse(markdown)));
    }

    private Node parse(String markdown) {
        Node document = parser.parse(markdown);
        for (Node node : document.getDescendants()) {
            // The page title is the only h1; headings in a body start one level below it.
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                heading.setLevel(2);
            }
        }
        return document;
    }

    private static boolean hasRawHtml(Node document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof HtmlEntity) {
                return true;
            }
        }
        return false;
    }

    /** Links that leave the site do not give the page they open a handle on ours. */
    private static final class NoOpener extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                String href = attributes.getValue("href");
                if (part == AttributablePart.LINK && href.regionMatches(true, 0, "http", 0, 4)) {
                    attributes.replaceValue("rel", "noopener");
                }
            };
        }
    }

    /** jsoup's cleaner, loaded only when a body needs it. */
    private static final class Cleaner {

        private static final Safelist ALLOWED = Safelist.relaxed()
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel")
                .preserveRelativeLinks(true);

        static String clean(String html) {
            Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, CHECK_BASE, ALLOWED), CHECK_BASE);
            clean.outputSettings().prettyPrint(false);
            clean.select("h1").tagName("h2");
            clean.select("a[href^=http]").attr("rel", "noopener");
            return clean.body().html();
        }
    }
}
