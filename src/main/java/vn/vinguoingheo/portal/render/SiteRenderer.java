package vn.vinguoingheo.portal.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.read.EngineSettings;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.timing.Phases;

/**
 * Bakes a site model into a folder with JBake's parts: its configuration, {@link Renderer} and
 * template engine delegation, and every {@link RenderingTool} found by ServiceLoader (JBake's
 * index, feed, sitemap and 404 renderers, and ours). It stands in for JBake's {@code Oven}, which
 * would start OrientDB (4–6.5 s per bake) and run the quadratic {@code DocumentsRenderer}.
 */
public final class SiteRenderer {

    /** Configuration key of the previous build's output folder, from which unchanged files may be taken. */
    static final String PREVIOUS_OUTPUT_KEY = "portal.previous";
    /**
     * Configuration key of the build's {@link BuildCache} (always set, {@link BuildCache#none()} when
     * there is none); rendering tools read it with {@link PortalRenderingTool#cache}.
     */
    public static final String CACHE_KEY = "portal.cache";
    /** Configuration key of the test that stops a build made pointless by a newer change. */
    static final String SUPERSEDED_KEY = "portal.superseded";
    /** JBake's renderers that this generator replaces (see {@link EntryPagesRenderer}). */
    private static final Set<String> REPLACED = Set.of("org.jbake.render.DocumentsRenderer");
    /** Those, and the tools that write the site model's pages and share images, which the preview updates in place. */
    private static final Set<String> REPLACED_PAGES_AND_IMAGES = Stream.concat(REPLACED.stream(), Stream.of(
            EntryPagesRenderer.class.getName(), IndexPagesRenderer.class.getName(), ShareImagesRenderer.class.getName(),
            "org.jbake.render.IndexRenderer")).collect(Collectors.toUnmodifiableSet());

    private SiteRenderer() {
    }

    /**
     * Renders every page of {@code site} into {@code destination}; returns the number of files written.
     *
     * @param previous the previous build's output (it may not exist): unchanged share images are taken from there
     * @param superseded checked between pages: when true, rendering stops with a {@link CancellationException}
     */
    public static int render(SiteModel site, Path siteDir, Path destination, Path previous, BooleanSupplier superseded)
            throws RenderFailure {
        return render(site, siteDir, destination, previous, superseded, BuildCache.none());
    }

    /** Renders as {@link #render(SiteModel, Path, Path, Path, BooleanSupplier)} does, with derived artefacts kept in {@code cache}. */
    public static int render(SiteModel site, Path siteDir, Path destination, Path previous, BooleanSupplier superseded,
            BuildCache cache) throws RenderFailure {
        return render(site, siteDir, destination, previous, superseded, REPLACED, cache);
    }

    /**
     * Renders every file of the site but its pages and share images (feeds, sitemaps, search
     * index, open data, 404, CMS, robots.txt) into {@code destination}.
     */
    public static int renderSiteFiles(SiteModel site, Path siteDir, Path destination, BooleanSupplier superseded)
            throws RenderFailure {
        return renderSiteFiles(site, siteDir, destination, superseded, BuildCache.none());
    }

    /** As {@link #renderSiteFiles(SiteModel, Path, Path, BooleanSupplier)}, with derived artefacts kept in {@code cache}. */
    public static int renderSiteFiles(SiteModel site, Path siteDir, Path destination, BooleanSupplier superseded,
            BuildCache cache) throws RenderFailure {
        return render(site, siteDir, destination, destination, superseded, REPLACED_PAGES_AND_IMAGES, cache);
    }

    private static int render(SiteModel site, Path siteDir, Path destination, Path previous, BooleanSupplier superseded,
            Set<String> skipped, BuildCache cache) throws RenderFailure {
        DefaultJBakeConfiguration config = configuration(site, siteDir, destination, cache);
        config.setProperty(SUPERSEDED_KEY, superseded);
        // A File, not a Path: the configuration would take a Path (an Iterable) for a list of values.
        config.setProperty(PREVIOUS_OUTPUT_KEY, previous.toFile());
        // The store is never started: no renderer used here queries it.
        ContentStore unusedStore = new ContentStore("memory", "portal");
        Renderer renderer = new Renderer(unusedStore, config);
        int written = 0;
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class, SiteRenderer.class.getClassLoader())) {
            if (skipped.contains(tool.getClass().getName())) {
                continue;
            }
            stopIf(superseded);
            long started = Phases.start();
            try {
                written += tool.render(renderer, unusedStore, config);
                Phases.add("render: " + tool.getClass().getSimpleName(), started);
            } catch (RenderingException e) {
                throw RenderFailure.from(e);
            }
        }
        stopIf(superseded);
        return written + writeRobots(site, destination);
    }

    /** Stops a build, with a {@link CancellationException}, once a newer change made it pointless. */
    public static void stopIf(BooleanSupplier superseded) {
        if (superseded.getAsBoolean()) {
            throw new CancellationException("a newer change supersedes this build");
        }
    }

    static DefaultJBakeConfiguration configuration(SiteModel site, Path siteDir, Path destination, BuildCache cache) {
        DefaultJBakeConfiguration config = EngineSettings.forSite(siteDir, destination);
        config.setProperty(CACHE_KEY, cache);
        Path siteTemplates = siteDir.resolve("templates");
        config.setProperty(PortalTemplateEngine.SITE_TEMPLATES_KEY, siteTemplates.toFile());
        // JBake's stock Freemarker engine (for .ftl, unused) opens this folder when it starts: give it one that exists.
        config.setTemplateFolder(Files.isDirectory(siteTemplates) ? siteTemplates.toFile() : siteDir.toFile());
        config.setProperty("render.index", true);
        config.setProperty("template.masterindex.file", "home.ftlh");
        config.setProperty("render.feed", true);
        config.setProperty("template.feed.file", "feed.ftlx");
        config.setProperty("render.sitemap", true);
        config.setProperty("template.sitemap.file", "sitemap.ftlx");
        config.setProperty("template." + SitemapPartsRenderer.TYPE + ".file", SitemapPartsRenderer.TYPE + ".ftlx");
        config.setProperty("template." + SitemapPartsRenderer.TYPE + ".extension", ".xml");
        config.setProperty("render.error404", true);
        config.setProperty("template.error404.file", "error404.ftlh");
        config.setProperty("render.archive", false);
        config.setProperty("render.tags", false);
        config.setProperty("render.tagsindex", false);
        useSite(config, site);
        return config;
    }

    /** Hands {@code site} to the templates, with a template for each kind of page it has. */
    static void useSite(DefaultJBakeConfiguration config, SiteModel site) {
        config.setProperty(PortalTemplateEngine.SITE_KEY, site);
        for (String type : site.pages().stream().map(Page::template).distinct().toList()) {
            config.setProperty("template." + type + ".file", type + ".ftlh");
        }
    }

    private static int writeRobots(SiteModel site, Path destination) throws RenderFailure {
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + site.urls().absolute(site.urls().sitemap()) + "\n";
        try {
            Files.writeString(destination.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new RenderFailure("không ghi được robots.txt: " + e.getMessage(), e);
        }
    }
}
