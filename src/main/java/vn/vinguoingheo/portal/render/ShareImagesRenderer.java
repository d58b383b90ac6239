package vn.vinguoingheo.portal.render;

import java.io.File;
import java.io.IOException;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.share.ShareImages;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Writes the share images of the site (one per entry and the site's own), taking from the previous
 * output those whose content has not changed.
 */
public final class ShareImagesRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        File previous = (File) config.get(SiteRenderer.PREVIOUS_OUTPUT_KEY);
        try {
            return ShareImages.write(site.shareImages(), config.getDestinationFolder().toPath(), previous.toPath(), cache(config)).total();
        } catch (IOException e) {
            throw new RenderingException("không ghi được ảnh chia sẻ: " + e.getMessage(), e);
        }
    }
}
