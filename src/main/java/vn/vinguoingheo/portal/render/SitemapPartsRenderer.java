package vn.vinguoingheo.portal.render;

import java.util.List;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Writes the part files of a sitemap above 50,000 URLs; JBake's own sitemap renderer then writes
 * {@code sitemap.xml} as their index (the template chooses). Nothing to do for most sites.
 */
public final class SitemapPartsRenderer extends PortalRenderingTool {

    static final String TYPE = "sitemap-part";

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
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
}
