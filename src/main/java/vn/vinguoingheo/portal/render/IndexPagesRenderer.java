package vn.vinguoingheo.portal.render;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Renders the index pages: lists of entries, provinces (current and legacy), model types and
 * results. JBake's own tag pages cannot express these taxonomies.
 */
public final class IndexPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(PortalTemplateEngine.SITE_KEY) instanceof SiteModel site)) {
            return 0; // a plain JBake bake, not a portal site
        }
        return PageRendering.render(site.indexPages(), renderer, site.urls());
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("deprecated JBake entry point; use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
