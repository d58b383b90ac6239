package vn.vinguoingheo.portal.render;

import java.nio.file.Path;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;

/**
 * Renders chosen pages into one folder, over the files there, again and again: the preview's
 * update of the pages an edit changed. JBake's renderer and the parsed templates are kept
 * between updates (parsing them again was a third of a small update) until {@link #reset}.
 */
public final class PageUpdates {

    private final Path siteDir;
    private final Path destination;
    private final BuildCache cache;
    private DefaultJBakeConfiguration config;
    private Renderer renderer;

    public PageUpdates(Path siteDir, Path destination) {
        this(siteDir, destination, BuildCache.none());
    }

    public PageUpdates(Path siteDir, Path destination, BuildCache cache) {
        this.siteDir = siteDir;
        this.destination = destination;
        this.cache = cache;
    }

    public synchronized void render(SiteModel site, List<Page> pages) throws RenderFailure {
        if (renderer == null) {
            config = SiteRenderer.configuration(site, siteDir, destination, cache);
            renderer = new Renderer(new ContentStore("memory", "portal"), config);
        } else {
            SiteRenderer.useSite(config, site);
        }
        try {
            PageRendering.render(pages, renderer, site.urls());
        } catch (RenderingException e) {
            throw RenderFailure.from(e);
        }
    }

    /** Templates may have changed: read them afresh at the next update. */
    public synchronized void reset() {
        renderer = null;
        config = null;
    }
}
