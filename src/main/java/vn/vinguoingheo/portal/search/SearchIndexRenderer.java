package vn.vinguoingheo.portal.search;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.render.PortalTemplateEngine;
import vn.vinguoingheo.portal.site.SiteModel;

/** Writes the search index during the bake, beside the pages (registered like the other rendering tools). */
public final class SearchIndexRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SiteModel site = (SiteModel) config.get(PortalTemplateEngine.SITE_KEY);
        SearchIndex index = SearchIndex.of(site);
        Path destination = config.getDestinationFolder().toPath();
        try {
            for (Map.Entry<String, byte[]> file : index.files().entrySet()) {
                Path target = destination.resolve(site.urls().outputFile(file.getKey()));
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new RenderingException("không ghi được chỉ mục tìm kiếm: " + e.getMessage(), e);
        }
        return index.files().size();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("deprecated JBake entry point; use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
