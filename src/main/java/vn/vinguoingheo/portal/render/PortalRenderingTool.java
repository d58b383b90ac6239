package vn.vinguoingheo.portal.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * A JBake rendering tool of the portal: it draws part of the site model, and does nothing in a
 * plain JBake bake (whose configuration holds no site model).
 */
public abstract class PortalRenderingTool implements RenderingTool {

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(PortalTemplateEngine.SITE_KEY) instanceof SiteModel site)) {
            return 0;
        }
        return render(site, renderer, config);
    }

    /** Renders this tool's part of the site; returns the number of files written. */
    protected abstract int render(SiteModel site, Renderer renderer, JBakeConfiguration config) throws RenderingException;

    /** The build's test of whether a newer change made it pointless (never, when not set). */
    protected static BooleanSupplier superseded(JBakeConfiguration config) {
        return config.get(SiteRenderer.SUPERSEDED_KEY) instanceof BooleanSupplier superseded ? superseded : () -> false;
    }

    /** The build's cache of derived artefacts ({@link BuildCache#none()} when it has none). */
    public static BuildCache cache(JBakeConfiguration config) {
        return config.get(SiteRenderer.CACHE_KEY) instanceof BuildCache cache ? cache : BuildCache.none();
    }

    /** Writes a file of the output, given by its link. */
    protected static void write(SiteModel site, JBakeConfiguration config, String link, byte[] bytes) throws RenderingException {
        Path target = config.getDestinationFolder().toPath().resolve(site.urls().outputFile(link));
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new RenderingException("không ghi được " + site.urls().outputFile(link) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("deprecated JBake entry point; use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
