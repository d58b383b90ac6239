package vn.vinguoingheo.portal.render;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Renders every model, decision and story page. Replaces JBake's {@code DocumentsRenderer}, which
 * queries the store for all documents of a type once per document (quadratic) and needs OrientDB.
 */
public final class EntryPagesRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        return PageRendering.render(site.entryPages(), renderer, site.urls(), superseded(config));
    }
}
