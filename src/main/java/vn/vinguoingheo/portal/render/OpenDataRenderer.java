package vn.vinguoingheo.portal.render;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.DataFile;
import vn.vinguoingheo.portal.site.SiteModel;

/** Writes the site's open data files ({@code /du-lieu/…}) into the destination folder beside the pages. */
public final class OpenDataRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        for (DataFile file : site.dataFiles()) {
            write(site, config, file.url(), file.bytes());
        }
        return site.dataFiles().size();
    }
}
