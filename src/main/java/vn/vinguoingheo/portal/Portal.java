package vn.vinguoingheo.portal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.content.read.EntryCache;
import vn.vinguoingheo.portal.photo.PhotoCopies;
import vn.vinguoingheo.portal.photo.Photos;
import vn.vinguoingheo.portal.publish.BuildState;
import vn.vinguoingheo.portal.publish.Publication;
import vn.vinguoingheo.portal.publish.PublishFailure;
import vn.vinguoingheo.portal.render.RenderFailure;
import vn.vinguoingheo.portal.render.SiteRenderer;
import vn.vinguoingheo.portal.site.LinkContinuity;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;
import vn.vinguoingheo.portal.timing.Phases;

/**
 * The generator's public entry point: check a site folder, or build it into an output folder.
 * The steps follow the data: load and check content, build the site model, render, publish.
 */
public final class Portal {

    private Portal() {
    }

    /** Where a site is published unless told otherwise: {@code public/} inside it. */
    public static Path defaultOutput(Path site) {
        return site.resolve("public");
    }

    /** Checks a site against its default output (see {@link #check(Path, Path)}). */
    public static LoadResult check(Path site) {
        return check(site, defaultOutput(site));
    }

    /**
     * Checks a site without writing anything: its content, the old paths of its entries, and
     * whether any page published by the previous build in {@code output} would disappear.
     */
    public static LoadResult check(Path site, Path output) {
        LoadResult loaded = ContentLoader.load(site);
        if (loaded.hasErrors()) {
            return loaded;
        }
        SiteModel model = SiteModel.build(loaded.content(), loaded.content().config(), site, Visibility.published());
        return checked(loaded, model, output, site);
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
        return buildWith(site, output, options, Session.NONE);
    }

    /**
     * Builds as {@link #buildWith(Path, Path, Options)} does, for a caller that builds again and
     * again (the preview server): unchanged entries come from the session's cache, and the build
     * stops with a {@link CancellationException}, leaving the output as it was, once the
     * session says a newer change makes it pointless.
     */
    public static BuildResult buildWith(Path site, Path output, Options options, Session session) throws BuildFailure {
        String fingerprint = BuildState.fingerprint(site, options.toString());
        if (BuildState.unchanged(output, fingerprint)) {
            return new BuildResult(List.of(), 0, true);
        }
        long started = Phases.start();
        LoadResult loaded = ContentLoader.load(site, session.entries(), options.cache());
        Phases.add(Phases.READ, started);
        if (loaded.hasErrors()) {
            return new BuildResult(loaded.problems(), 0, false);
        }
        SiteRenderer.stopIf(session.superseded());
        started = Phases.start();
        SiteConfig config = options.baseUrl() == null ? loaded.content().config() : loaded.content().config().withBaseUrl(options.baseUrl());
        SiteModel model = SiteModel.build(loaded.content(), config, site, options.visibility());
        // A preview with drafts is not what readers have seen: its pages come and go freely.
        LoadResult checked = checked(loaded, model, options.visibility().drafts() ? null : output, site);
        Phases.add(Phases.MODEL, started);
        if (checked.hasErrors()) {
            return new BuildResult(checked.problems(), 0, false);
        }
        try (Publication publication = Publication.begin(output)) {
            // Photos first: share cards over a photo are drawn from its published copy.
            started = Phases.start();
            Photos.write(model.photos(), publication.staging(), publication.previous(), options.cache());
            Phases.add(Phases.PHOTOS, started);
            int files = SiteRenderer.render(model, site, publication.staging(), publication.previous(), session.superseded(),
                    options.cache());
            started = Phases.start();
            Publication.copyAssets(publication.staging(), model.publishedAssets());
            Publication.copyFiles(publication.staging(), site, model.entryFiles());
            List<String> urls = model.pages().stream().map(Page::url).toList();
            synchronized (session.outputLock()) {
                SiteRenderer.stopIf(session.superseded());
                publication.commit(urls);
                BuildState.record(output, fingerprint);
                session.published().accept(model);
            }
            Phases.add(Phases.WRITE, started);
            started = Phases.start();
            options.cache().pruneIfNeeded();
            Phases.add(Phases.CACHE_PRUNE, started);
            return new BuildResult(checked.problems(), files, false);
        } catch (Photos.Failed e) {
            // A photo that looked whole but does not decode: reported at its entry's image line, nothing published.
            List<Problem> problems = new ArrayList<>(checked.problems());
            problems.add(new Problem(photoLocation(loaded, e.photo()), Problem.Severity.ERROR,
                    "ảnh \"" + e.photo().photo().source() + "\": " + e.getMessage()
                            + "; lấy lại ảnh gốc, lưu lại dưới dạng JPEG rồi tải lên lại"));
            return new BuildResult(problems.stream().sorted().toList(), 0, false);
        } catch (RenderFailure | PublishFailure e) {
            throw new BuildFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new BuildFailure("lỗi ghi tệp: " + e.getMessage(), e);
        }
    }

    /** Where an entry using a photo writes it: its {@code image:}, or the image in its body. */
    private static Location photoLocation(LoadResult loaded, PhotoCopies photo) {
        return loaded.content().entries().stream().flatMap(e -> Stream.concat(
                        Stream.ofNullable(e.image()).filter(i -> photo.photo().equals(i.photo())).map(i -> i.location()),
                        e.bodyImages().stream().filter(i -> photo.photo().equals(i.photo())).map(i -> i.location())))
                .sorted(Comparator.comparing(Location::toString)).findFirst()
                .orElse(Location.startOf(photo.photo().source()));
    }

    /**
     * The content's problems with those only the whole site shows: clashing old paths, and pages
     * gone since the last build into {@code output} (not looked for when it is null).
     */
    private static LoadResult checked(LoadResult loaded, SiteModel model, Path output, Path site) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(model.problems());
        if (output == null) {
            return new LoadResult(loaded.content(), problems.stream().sorted().toList());
        }
        try {
            problems.addAll(LinkContinuity.check(model, Publication.publishedUrls(output), listName(site, output)));
        } catch (IOException e) {
            problems.add(new Problem(Location.startOf(listName(site, output)), Problem.Severity.WARNING,
                    "không đọc được danh sách trang đã đăng (" + e.getMessage() + "); bỏ qua việc kiểm tra liên kết cũ"));
        }
        return new LoadResult(loaded.content(), problems.stream().sorted().toList());
    }

    /** The previous build's URL list as messages name it: relative to the site when the output is inside it. */
    private static String listName(Path site, Path output) {
        Path list = output.toAbsolutePath().normalize().resolve(Publication.MANIFEST);
        Path root = site.toAbsolutePath().normalize();
        return (list.startsWith(root) ? root.relativize(list) : list).toString().replace('\\', '/');
    }

    /**
     * @param baseUrl another base URL for this build only (a preview), or null for site.yaml's
     * @param visibility which entries to show
     * @param cache where derived artefacts (share cards, QR codes, Markdown as HTML, photos) are
     *     kept between builds; {@link BuildCache#none()} for none. The output is the same either way.
     */
    public record Options(URI baseUrl, Visibility visibility, BuildCache cache) {
        public Options {
            cache = cache == null ? BuildCache.none() : cache;
        }

        /** Options without a build cache. */
        public Options(URI baseUrl, Visibility visibility) {
            this(baseUrl, visibility, BuildCache.none());
        }

        /** The same options with {@code cache}. */
        public Options withCache(BuildCache cache) {
            return new Options(baseUrl, visibility, cache);
        }
    }

    /**
     * What a caller that builds repeatedly (the preview server) shares with its builds.
     *
     * @param entries entries already read, reused while their files are unchanged
     * @param superseded true once a newer change makes the build in progress pointless
     * @param outputLock held while the new output is swapped in, so that whoever else writes
     *     into the output (the preview's page updates) never writes into the one going away
     * @param published told, under the lock, the model of the output just swapped in
     */
    public record Session(EntryCache entries, BooleanSupplier superseded, Object outputLock, Consumer<SiteModel> published) {
        /** A single build: nothing kept, never stopped. */
        public static final Session NONE = new Session(EntryCache.none(), () -> false, new Object(), model -> { });
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
