package vn.vinguoingheo.portal.search;

import java.util.Map;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.render.PortalRenderingTool;
import vn.vinguoingheo.portal.site.SiteModel;

/** Writes the search index during the bake, beside the pages (registered like the other rendering tools). */
public final class SearchIndexRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        SearchIndex index = SearchIndex.of(site, superseded(config));
        for (Map.Entry<String, byte[]> file : index.files().entrySet()) {
            write(site, config, file.getKey(), file.getValue());
        }
        return index.files().size();
    }
}
