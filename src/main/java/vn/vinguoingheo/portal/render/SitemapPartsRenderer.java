package vn.vinguoingheo.portal.render;

import java.io.File;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Writes the part files of a sitemap above 50,000 URLs; JBake's own sitemap renderer then writes
 * {@code sitemap.xml} as their index (the template chooses). Nothing to do for most sites.
 */
public final class SitemapPartsRenderer implements RenderingTool {

    static final String TYPE = "sitemap-part";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(PortalTemplateEngine.SITE_KEY) instanceof SiteModel site)) {
            return 0;
        }
        List<List<String>> parts = site.sitemapParts();
        if (parts.size() < 2) {
            return 0;
        }
        for (int n = 1; n <= parts.size(); n++) {
            DocumentModel document = new DocumentModel();
            document.setType(TYPE);
            document.setUri(site.urls().outputFile(site.urls().sitemapPart(n)));
            document.setStatus("published");
            document.put("urls", parts.get(n - 1));
            try {
                renderer.render(document);
            } catch (Exception e) {
                throw new RenderingException(e);
            }
        }
        return parts.size();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("deprecated JBake entry point; use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
