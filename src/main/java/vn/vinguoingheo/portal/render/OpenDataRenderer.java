package vn.vinguoingheo.portal.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.DataFile;
import vn.vinguoingheo.portal.site.SiteModel;

/** Writes the site's open data files ({@code /du-lieu/…}) into the destination folder beside the pages. */
public final class OpenDataRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(PortalTemplateEngine.SITE_KEY) instanceof SiteModel site)) {
            return 0; // a plain JBake bake, not a portal site
        }
        Path destination = config.getDestinationFolder().toPath();
        int written = 0;
        for (DataFile file : site.dataFiles()) {
            Path target = destination.resolve(site.urls().outputFile(file.url()));
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            } catch (IOException e) {
                throw new RenderingException("không ghi được " + site.urls().outputFile(file.url()) + ": " + e.getMessage(), e);
            }
            written++;
        }
        return written;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("deprecated JBake entry point; use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
