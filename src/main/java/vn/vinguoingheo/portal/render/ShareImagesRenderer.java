package vn.vinguoingheo.portal.render;

import java.io.File;
import java.io.IOException;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.share.ShareImages;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Writes the share images of the site (one per entry and the site's own), taking from the previous
 * output those whose content has not changed.
 */
public final class ShareImagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SiteModel site = (SiteModel) config.get(PortalTemplateEngine.SITE_KEY);
        File previous = (File) config.get(SiteRenderer.PREVIOUS_OUTPUT_KEY);
        try {
            return ShareImages.write(site.shareImages(), config.getDestinationFolder().toPath(), previous.toPath()).total();
        } catch (IOException e) {
            throw new RenderingException("không ghi được ảnh chia sẻ: " + e.getMessage(), e);
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("deprecated JBake entry point; use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
