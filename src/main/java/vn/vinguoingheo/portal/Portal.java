package vn.vinguoingheo.portal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import vn.vinguoingheo.portal.content.ContentLoader;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.publish.BuildState;
import vn.vinguoingheo.portal.publish.Publication;
import vn.vinguoingheo.portal.publish.PublishFailure;
import vn.vinguoingheo.portal.render.RenderFailure;
import vn.vinguoingheo.portal.render.SiteRenderer;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * The generator's public entry point: check a site folder, or build it into an output folder.
 * The steps follow the data: load and check content, build the site model, render, publish.
 */
public final class Portal {

    private Portal() {
    }

    /** Loads and checks a site without writing anything. */
    public static LoadResult check(Path site) {
        return ContentLoader.load(site);
    }

    /** Builds the public site (no drafts, nothing scheduled for later) for {@code baseUrl}, or site.yaml's when null. */
    public static BuildResult build(Path site, Path output, URI baseUrl) throws BuildFailure {
        return buildWith(site, output, new Options(baseUrl, Visibility.published()));
    }

    /**
     * Builds a site into {@code output}. With content errors nothing is written and the
     * previous output stays as it was; so it does on any failure while rendering.
     */
    public static BuildResult buildWith(Path site, Path output, Options options) throws BuildFailure {
        String fingerprint = BuildState.fingerprint(site, options.toString());
        if (BuildState.unchanged(output, fingerprint)) {
            return new BuildResult(List.of(), 0, true);
        }
        LoadResult loaded = ContentLoader.load(site);
        if (loaded.hasErrors()) {
            return new BuildResult(loaded.problems(), 0, false);
        }
        SiteConfig config = options.baseUrl() == null ? loaded.content().config() : loaded.content().config().withBaseUrl(options.baseUrl());
        SiteModel model = SiteModel.build(loaded.content(), config, site, options.visibility());
        try (Publication publication = Publication.begin(output)) {
            int files = SiteRenderer.render(model, site, publication.staging());
            publication.copyAssets(model.assets().files());
            publication.commit(model.pages().stream().map(Page::url).toList());
            BuildState.record(output, fingerprint);
            return new BuildResult(loaded.problems(), files, false);
        } catch (RenderFailure | PublishFailure e) {
            throw new BuildFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new BuildFailure("lỗi ghi tệp: " + e.getMessage(), e);
        }
    }

    /**
     * @param baseUrl another base URL for this build only (a preview), or null for site.yaml's
     * @param visibility which entries to show
     */
    public record Options(URI baseUrl, Visibility visibility) {
    }

    /**
     * @param problems warnings (a built site) or errors (nothing built)
     * @param pages the number of pages and data files written
     * @param unchanged nothing the site depends on changed since the last build into this output
     */
    public record BuildResult(List<Problem> problems, int pages, boolean unchanged) {
        public boolean built() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /** The build stopped after loading: a template error, an unusable output folder, a write error. */
    public static final class BuildFailure extends Exception {
        BuildFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
