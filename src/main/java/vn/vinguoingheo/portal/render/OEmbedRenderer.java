package vn.vinguoingheo.portal.render;

import java.util.List;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.DataFile;
import vn.vinguoingheo.portal.site.SiteModel;

/** Writes the oEmbed document of every page that has an embed card ({@code …/oembed.json}), beside the page. */
public final class OEmbedRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        List<DataFile> files = site.oembedFiles();
        for (DataFile file : files) {
            write(site, config, file.url(), file.bytes());
        }
        return files.size();
    }
}
