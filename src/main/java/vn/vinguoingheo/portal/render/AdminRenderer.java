package vn.vinguoingheo.portal.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.cms.CmsAdmin;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;

/** Writes the editors' CMS, its admin page ({@code admin.ftlh}) and configuration, when the site has one. */
public final class AdminRenderer extends PortalRenderingTool {

    @Override
    protected int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException {
        Optional<CmsAdmin> cms = CmsAdmin.of(site);
        if (cms.isEmpty()) {
            return 0;
        }
        Page page = cms.get().page();
        // Not a page of the public site, so the build has not registered its template.
        config.setProperty("template." + page.template() + ".file", page.template() + ".ftlh");
        PageRendering.render(List.of(page), renderer, site.urls());
        try {
            Files.writeString(config.getDestinationFolder().toPath().resolve(cms.get().configFile()), cms.get().configYaml(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderingException("không ghi được " + cms.get().configFile() + ": " + e.getMessage(), e);
        }
        return 2;
    }
}
