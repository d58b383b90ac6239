package vn.vinguoingheo.portal.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.content.read.EntryCache;
import vn.vinguoingheo.portal.photo.Photos;
import vn.vinguoingheo.portal.publish.BuildState;
import vn.vinguoingheo.portal.publish.OutputSync;
import vn.vinguoingheo.portal.publish.Publication;
import vn.vinguoingheo.portal.render.PageUpdates;
import vn.vinguoingheo.portal.render.RenderFailure;
import vn.vinguoingheo.portal.render.SiteRenderer;
import vn.vinguoingheo.portal.share.ShareImages;
import vn.vinguoingheo.portal.site.Datasets;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * The preview's builds of one site into one folder. {@link #updatePages} re-reads only the
 * changed entries and re-renders, in place, only the pages whose data changed: the edit is
 * visible at once. {@link #refresh} then brings the rest up to date in place (feeds, search
 * index, share images, removed pages), writing only files that differ; {@link #rebuild} builds
 * everything as {@code build} does, for a first build and after templates or assets change. Both
 * give way when a newer change arrives; either way the output ends as {@code build} writes it.
 */
final class Preview {

    /** What every page shows besides its own data: a change here is followed by a whole rebuild. */
    private static final Set<String> LAYOUT_FOLDERS = Set.of("templates", "assets");

    private final Path site;
    private final Path output;
    private final URI localUrl;
    private final BuildCache cache;
    private final EntryCache entries = new EntryCache();
    private final PageUpdates pages;
    /** Held while anything writes into the output. */
    private final Object outputLock = new Object();
    /** The model of the pages now in the output; null until a build succeeded. Written under the lock. */
    private volatile SiteModel current;
    /**
     * Pages a page update left to the refresh: the open data page, whose sizes and dates need the
     * data files made (at 10,000 models longer than the rest of an update). Written under the lock.
     */
    private final Set<String> deferred = new HashSet<>();

    Preview(Path site, Path output, URI localUrl) {
        this(site, output, localUrl, BuildCache.none());
    }

    Preview(Path site, Path output, URI localUrl, BuildCache cache) {
        this.site = site.toAbsolutePath().normalize();
        this.output = output;
        this.localUrl = localUrl;
        this.cache = cache;
        this.pages = new PageUpdates(this.site, output, cache);
    }

    /** Links to the preview itself; drafts and entries scheduled for later shown, as of today. */
    private Portal.Options options() {
        return new Portal.Options(localUrl, new Visibility(true, true, Visibility.published().today()), cache);
    }

    /** The outcome of a step: problems that stop it, a failure message, or what was written. */
    record Outcome(List<Problem> errors, String failure, int pages) {
        static Outcome failed(String message) {
            return new Outcome(List.of(), message, 0);
        }

        boolean ok() {
            return errors.isEmpty() && failure == null;
        }
    }

    /** Forgets what it read of these files (and, when they may be templates, the parsed templates): they changed. */
    void changed(Collection<Path> files) {
        entries.forget(files);
        if (!canUpdatePages(files)) {
            pages.reset();
        }
    }

    /**
     * Whether {@link #updatePages} can show these changes: not before a first build, nor when
     * templates, assets or settings changed (every page may look different).
     */
    boolean canUpdatePages(Collection<Path> changed) {
        return current != null && changed.stream().map(path -> site.relativize(path.toAbsolutePath().normalize()))
                .allMatch(path -> path.getNameCount() > 2 && !LAYOUT_FOLDERS.contains(path.getName(0).toString()));
    }

    /** Re-renders, in place, the pages whose data changed since the last build or update. */
    Outcome updatePages() {
        Modelled now = modelNow();
        if (now.model() == null) {
            return new Outcome(now.errors(), null, 0);
        }
        SiteModel model = now.model();
        synchronized (outputLock) {
            List<Page> changed = new ArrayList<>();
            for (Page page : changedPages(model)) {
                if (page.data() instanceof Datasets.DatasetsView) {
                    deferred.add(page.url());
                } else {
                    changed.add(page);
                }
            }
            try {
                BuildState.forget(output);
                pages.render(model, changed);
            } catch (RenderFailure e) {
                return Outcome.failed(e.getMessage());
            } catch (IOException e) {
                return Outcome.failed("không ghi được trang xem thử: " + e.getMessage());
            }
            current = model;
            return new Outcome(List.of(), null, changed.size());
        }
    }

    /** Does what {@link #updatePages} does but write: reads, models and compares, changing nothing. */
    void rehearseUpdate() {
        SiteModel model = modelNow().model();
        if (model != null && current != null) {
            changedPages(model);
        }
    }

    /**
     * Makes the output what {@code build} writes, in place: the files that are not pages are
     * rendered into a scratch folder and moved in where they differ; pages are updated as
     * {@link #updatePages} does, share images drawn where missing, and files the site no longer
     * has removed. Stops with a {@link CancellationException} once {@code superseded}, before
     * changing or removing any file already in the output (new share images may stay, unused
     * until the next refresh removes them). Needs a model of the output ({@link #canUpdatePages}).
     */
    Outcome refresh(BooleanSupplier superseded) {
        Modelled now = modelNow();
        if (now.model() == null) {
            return new Outcome(now.errors(), null, 0);
        }
        SiteModel model = now.model();
        SiteRenderer.stopIf(superseded);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(output.toAbsolutePath().getParent(), ".portal-refresh-");
            SiteRenderer.renderSiteFiles(model, site, scratch, superseded, cache);
            Publication.copyAssets(scratch, model.publishedAssets());
            Publication.copyFiles(scratch, site, model.entryFiles());
            Photos.write(model.photos(), scratch, output, cache);
            Publication.writeManifest(scratch, model.pages().stream().map(Page::url).toList());
            // Everything that only this thread writes is worked out and written before taking the lock.
            ShareImages.write(model.shareImages(), output, output, scratch, cache);
            Set<String> keep = new HashSet<>(OutputSync.relativeFiles(scratch));
            model.pages().forEach(page -> keep.add(model.urls().outputFile(page.url())));
            model.shareImages().forEach(image -> keep.add(image.file()));
            List<String> differing = OutputSync.differing(scratch, output, superseded);
            List<String> gone = OutputSync.notIn(output, keep);
            synchronized (outputLock) {
                // A page update since this began may have written pages this model does not know.
                SiteRenderer.stopIf(superseded);
                BuildState.forget(output);
                List<Page> changed = new ArrayList<>(changedPages(model));
                model.pages().stream().filter(page -> deferred.contains(page.url()) && !changed.contains(page)).forEach(changed::add);
                pages.render(model, changed);
                deferred.clear();
                OutputSync.move(differing, scratch, output);
                OutputSync.remove(gone, output);
                current = model;
                return new Outcome(List.of(), null, differing.size());
            }
        } catch (RenderFailure e) {
            return Outcome.failed(e.getMessage());
        } catch (Photos.Failed e) {
            return Outcome.failed(e.photo().photo().source() + ": " + e.getMessage());
        } catch (IOException e) {
            return Outcome.failed("không ghi được trang xem thử: " + e.getMessage());
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** The site model of the content as it is now, or the errors that stop it. */
    private record Modelled(SiteModel model, List<Problem> errors) {
    }

    private Modelled modelNow() {
        LoadResult loaded = ContentLoader.load(site, entries);
        if (loaded.hasErrors()) {
            return new Modelled(null, errors(loaded.problems()));
        }
        Portal.Options options = options();
        SiteModel model = SiteModel.build(loaded.content(), loaded.content().config().withBaseUrl(options.baseUrl()), site,
                options.visibility(), current);
        List<Problem> errors = errors(model.problems());
        return errors.isEmpty() ? new Modelled(model, List.of()) : new Modelled(null, errors);
    }

    /** The pages of {@code model} that differ from those in the output. */
    private List<Page> changedPages(SiteModel model) {
        List<Page> before = current.pages();
        List<Page> now = model.pages();
        // Most saves change no page's address: then the two lists pair up in order, without a map of 11,000 pages.
        if (before.size() == now.size()) {
            List<Page> changed = new ArrayList<>();
            int i = 0;
            for (; i < now.size() && now.get(i).url().equals(before.get(i).url()); i++) {
                if (!now.get(i).equals(before.get(i))) {
                    changed.add(now.get(i));
                }
            }
            if (i == now.size()) {
                return changed;
            }
        }
        Map<String, Page> byUrl = before.stream().collect(Collectors.toMap(Page::url, Function.identity()));
        return now.stream().filter(page -> !page.equals(byUrl.get(page.url()))).toList();
    }

    private static void deleteQuietly(Path folder) {
        try {
            Publication.deleteTree(folder);
        } catch (IOException e) {
            // a leftover scratch folder beside a temporary preview is harmless
        }
    }

    /**
     * Builds the whole output as {@code build} does, or stops with a {@link CancellationException}
     * once {@code superseded} says a newer change arrived, leaving the output as it was.
     */
    Outcome rebuild(BooleanSupplier superseded) {
        try {
            Portal.BuildResult result = Portal.buildWith(site, output, options(),
                    new Portal.Session(entries, superseded, outputLock, model -> {
                        current = model;
                        deferred.clear();
                    }));
            if (!result.built()) {
                return new Outcome(errors(result.problems()), null, 0);
            }
            return new Outcome(List.of(), null, result.pages());
        } catch (Portal.BuildFailure e) {
            return Outcome.failed(e.getMessage());
        }
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }
}
