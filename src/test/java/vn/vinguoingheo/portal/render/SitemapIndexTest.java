package vn.vinguoingheo.portal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * A site above the sitemap protocol's 50,000 URLs, at the level of the site model (building
 * 50,000 pages would take minutes): the real templates, through the real template engine, write
 * {@code sitemap.xml} as an index of part files that hold every URL once, in order.
 */
class SitemapIndexTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int STORIES = 50_500;

    @TempDir
    Path tmp;

    @Test
    void aSiteAboveFiftyThousandUrlsGetsAnIndexOfParts() throws Exception {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: https://thu.example.vn/con/\n");
        TestSites.write(site, "content/stories/mau.md", "---\ntitle: Tin mẫu\ndate: 2024-01-01\nsummary: Một tin.\n---\nThử.\n");
        LoadResult loaded = ContentLoader.load(site);
        assertFalse(loaded.hasErrors(), loaded.problems()::toString);
        SiteContent one = loaded.content();
        Entry story = one.entries().get(0);
        List<Entry> stories = new ArrayList<>(STORIES);
        for (int i = 0; i < STORIES; i++) {
            stories.add(copy(story, "tin-" + i));
        }
        SiteContent content = new SiteContent(one.config(), one.modelTypes(), one.indicators(), stories, one.results());
        SiteModel model = SiteModel.build(content, content.config(), site, Visibility.published());

        // What the sitemap must hold, counted here: each story's page, and its list in pages of 50.
        List<String> all = model.sitemap();
        assertTrue(all.size() > STORIES + STORIES / 50, "entry pages and list pages: " + all.size());
        assertEquals(all.size(), all.stream().distinct().count(), "each URL once");
        for (int i = 0; i < STORIES; i += 997) {
            assertTrue(all.contains("https://thu.example.vn/con/tin-tuc/tin-" + i + "/"), "story " + i);
        }

        PortalTemplateEngine engine = new PortalTemplateEngine(SiteRenderer.configuration(model, site, tmp.resolve("out"), vn.vinguoingheo.portal.cache.BuildCache.none()), null);
        org.w3c.dom.Document index = render(engine, "sitemap", "sitemap.ftlx", null);
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of("https://thu.example.vn/con/sitemap-1.xml", "https://thu.example.vn/con/sitemap-2.xml"),
                texts(index.getElementsByTagNameNS(NS, "loc")));

        List<String> written = new ArrayList<>();
        List<List<String>> parts = model.sitemapParts();
        assertEquals(2, parts.size());
        for (List<String> part : parts) {
            org.w3c.dom.Document file = render(engine, SitemapPartsRenderer.TYPE, "sitemap-part.ftlx", part);
            assertEquals("urlset", file.getDocumentElement().getLocalName());
            written.addAll(texts(file.getElementsByTagNameNS(NS, "loc")));
        }
        assertEquals(50_000, parts.get(0).size());
        assertEquals(all.size() - 50_000, parts.get(1).size());
        assertEquals(all, written, "every URL once, in order, across the parts");
    }

    private static org.w3c.dom.Document render(PortalTemplateEngine engine, String type, String template, List<String> urls) throws Exception {
        DocumentModel document = new DocumentModel();
        document.setType(type);
        if (urls != null) {
            document.put("urls", urls);
        }
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        StringWriter out = new StringWriter();
        engine.renderDocument(model, template, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The same entry under another slug and file, whatever fields the record has. */
    private static Entry copy(Entry entry, String slug) throws ReflectiveOperationException {
        RecordComponent[] components = Entry.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = switch (components[i].getName()) {
                case "slug" -> slug;
                case "sourcePath" -> "content/stories/" + slug + ".md";
                case "title" -> "Tin " + slug;
                default -> components[i].getAccessor().invoke(entry);
            };
        }
        return Entry.class.getDeclaredConstructor(types).newInstance(values);
    }
}
