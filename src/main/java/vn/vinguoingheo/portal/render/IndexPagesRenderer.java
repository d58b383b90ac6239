package vn.vinguoingheo.portal.render;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Renders the index pages: lists of entries, provinces (current and legacy), model types and
 * results. JBake's own tag pages cannot express these taxonomies.
 */
public final class IndexPagesRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        return PageRendering.render(site.indexPages(), renderer, site.urls(), superseded(config));
    }
}
