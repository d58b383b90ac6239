package vn.vinguoingheo.portal.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * Loads a site's {@code content/} folder into a checked {@link SiteContent}: settings and
 * taxonomies first, then every entry (through JBake's {@link Parser}, in parallel) and result
 * file, then the rules that span files.
 */
public final class ContentLoader {

    public static final String CONTENT_DIR = "content";
    private static final String BUILT_IN = "/builtin/content/";

    static {
        Engines.register("md", new FrontMatterMarkdownEngine());
    }

    private final Path site;
    private final EntryCache cache;
    private Path realSite;

    private ContentLoader(Path site, EntryCache cache) {
        this.site = site.toAbsolutePath().normalize();
        this.cache = cache;
    }

    public static LoadResult load(Path site) {
        return load(site, EntryCache.none());
    }

    /** Loads a site, reading again only the entries that changed since {@code cache} last saw them. */
    public static LoadResult load(Path site, EntryCache cache) {
        return new ContentLoader(site, cache).load();
    }

    /** The site's model types (its own file, or the built-in ones), for tools that need only them. */
    public static Map<String, ModelType> modelTypes(Path site) {
        ContentLoader loader = new ContentLoader(site, EntryCache.none());
        Problems ignored = new Problems();
        return SettingsReader.modelTypes(loader.ownOrBuiltIn("model-types.yaml", ignored), ignored);
    }

    private LoadResult load() {
        Problems problems = new Problems();
        Path content = site.resolve(CONTENT_DIR);
        if (!Files.isDirectory(content)) {
            problems.error(Location.startOf(CONTENT_DIR), "không có thư mục content/ trong " + site
                    + "; chạy lệnh trong thư mục của trang hoặc dùng --site THƯ_MỤC");
            return new LoadResult(null, problems.sorted());
        }
        Optional<SiteConfig> config = readOwn("site.yaml", problems)
                .flatMap(source -> SettingsReader.siteConfig(source, problems));
        Map<String, ModelType> modelTypes = SettingsReader.modelTypes(ownOrBuiltIn("model-types.yaml", problems), problems);
        Map<String, Indicator> indicators = SettingsReader.indicators(ownOrBuiltIn("indicators.yaml", problems), problems);
        Taxonomies taxonomies = new Taxonomies(AreaRegistry.builtIn(), modelTypes, indicators);

        checkLinksStayInside("assets", problems);
        checkLinksStayInside("templates", problems);
        List<Entry> entries = readEntries(taxonomies, problems);
        List<ResultFigure> results = readResults(taxonomies, problems);
        new CrossChecks(problems).check(entries, results);
        SiteContent siteContent = new SiteContent(config.orElse(null), modelTypes, indicators, entries, results);
        return new LoadResult(siteContent, problems.sorted());
    }

    private Optional<SourceText> readOwn(String name, Problems problems) {
        Path file = site.resolve(CONTENT_DIR).resolve(name);
        if (!Files.exists(file)) {
            problems.error(Location.startOf(CONTENT_DIR + "/" + name), "thiếu tệp " + CONTENT_DIR + "/" + name
                    + " (tên trang, base_url…)");
            return Optional.empty();
        }
        return SourceText.read(site, file, problems);
    }

    /** The site's own taxonomy file, or the generator's built-in one when the site has none. */
    private SourceText ownOrBuiltIn(String name, Problems problems) {
        Path file = site.resolve(CONTENT_DIR).resolve(name);
        if (Files.exists(file)) {
            return SourceText.read(site, file, problems).orElse(new SourceText(CONTENT_DIR + "/" + name, ""));
        }
        try (InputStream in = ContentLoader.class.getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in " + name + " is missing from the generator");
            }
            return new SourceText("(mặc định)/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Entry> readEntries(Taxonomies taxonomies, Problems problems) {
        // Only the source folder matters to parsing; the destination is never written here.
        JBakeConfiguration config = EngineSettings.forSite(site, site);
        Parser parser = new Parser(config);
        EntryReader reader = new EntryReader(taxonomies);
        List<EntryFile> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Listed listed : filesIn(site.resolve(CONTENT_DIR).resolve(kind.folder()), problems)) {
                if (listed.file().toString().endsWith(".md")) {
                    files.add(new EntryFile(kind, listed));
                }
            }
        }
        cache.begin(taxonomies);
        List<ReadEntry> read = files.parallelStream()
                .map(f -> cache.read(f.listed().file(), f.listed().attributes(), () -> f.read(parser, reader))).toList();
        cache.retainOnly(files.stream().map(f -> f.listed().file()).toList());
        List<Entry> entries = new ArrayList<>();
        for (ReadEntry r : read) {
            Entry entry = r.entry().orElse(null);
            if (entry == null || entry.image() == null) {
                // finished when its file was read (see EntryFile.read)
                if (entry != null) {
                    entries.add(entry);
                }
                problems.addAll(r.problems());
                continue;
            }
            // An image may appear or change without its entry changing: it is looked for on every load.
            Problems own = new Problems();
            own.addAll(r.problems());
            Entry found = findImage(entry, own);
            if (!own.hasErrors()) {
                EditorialAdvice.advise(found, own);
            }
            entries.add(found);
            problems.addAll(own.sorted());
        }
        return entries;
    }

    private List<ResultFigure> readResults(Taxonomies taxonomies, Problems problems) {
        ResultsReader reader = new ResultsReader(taxonomies);
        List<ResultFigure> results = new ArrayList<>();
        for (Listed listed : filesIn(site.resolve(CONTENT_DIR).resolve("results"), problems)) {
            Path file = listed.file();
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                SourceText.read(site, file, problems).ifPresent(source -> results.addAll(reader.read(source, problems)));
            } else {
                problems.warn(Location.startOf(SourceText.relativePath(site, file)), "bỏ qua tệp không phải .yaml trong content/results/");
            }
        }
        return results;
    }

    /** A file found in a content folder, with what one look at it told. */
    private record Listed(Path file, BasicFileAttributes attributes) {
    }

    /** What one look at a file in a content folder found: a file to read, or a problem with it. */
    private record Looked(Listed listed, Problem problem) {
    }

    /** Regular files of a folder, sorted by name; links that lead outside the site are refused. */
    private List<Listed> filesIn(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        boolean dirInside = insideSite(dir);
        List<Listed> out = new ArrayList<>();
        for (Looked looked : cache.<Looked>listing(dir, () -> list(dir), file -> look(file, dirInside))) {
            if (looked.problem() != null) {
                problems.add(looked.problem());
            } else {
                out.add(looked.listed());
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a content folder, or null when there is nothing to read (gone, hidden, not a file). */
    private Looked look(Path file, boolean dirInside) {
        if (file.getFileName().toString().startsWith(".")) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // Only a link, or a folder that is one, can lead elsewhere: the costly real path is for those.
            if (attributes.isSymbolicLink() || !dirInside) {
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                if (!insideSite(file)) {
                    return new Looked(null, new Problem(Location.startOf(SourceText.relativePath(site, file)), Problem.Severity.ERROR,
                            "tệp là liên kết trỏ ra ngoài thư mục trang; bỏ qua"));
                }
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            }
            return attributes.isRegularFile() ? new Looked(new Listed(file, attributes), null) : null;
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A symbolic link in assets/ or templates/ must not publish or read a file from elsewhere on the machine. */
    private void checkLinksStayInside(String folder, Problems problems) {
        Path dir = site.resolve(folder);
        problems.addAll(cache.walked(dir, () -> linksLeading(folder, dir)));
    }

    private List<Problem> linksLeading(String folder, Path dir) {
        Problems found = new Problems();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isSymbolicLink).filter(link -> !insideSite(link)).sorted().forEach(link ->
                    found.error(Location.startOf(SourceText.relativePath(site, link)), "tệp là liên kết trỏ ra ngoài thư mục trang"));
        } catch (IOException e) {
            found.error(Location.startOf(folder), "không đọc được thư mục " + folder + "/: " + e.getMessage());
        }
        return found.sorted();
    }

    private boolean insideSite(Path file) {
        try {
            if (realSite == null) {
                realSite = site.toRealPath();
            }
            return file.toRealPath().startsWith(realSite);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An image must exist under assets/ or beside its entry, inside the site, and be a JPEG, PNG
     * or GIF whose size can be read (pages give every image its width and height).
     */
    private Entry findImage(Entry entry, Problems problems) {
        if (entry.image() == null) {
            return entry;
        }
        Location at = entry.image().location();
        Path image = imagePath(entry).orElse(null);
        if (image == null || !image.startsWith(site)) {
            problems.error(at, "ảnh \"" + entry.image().path() + "\" nằm ngoài thư mục trang");
            return entry;
        }
        BasicFileAttributes attributes = attributesOf(image);
        if (attributes == null || !attributes.isRegularFile() || !insideSite(image)) {
            problems.error(at, "không tìm thấy ảnh \"" + entry.image().path() + "\" (đặt ảnh trong assets/ hoặc cạnh bài viết)");
            return entry;
        }
        String source = site.relativize(image).toString().replace('\\', '/');
        Optional<Entry> withImage = cache.withImage(entry, image, attributes, () -> ImageSize.of(image)
                .map(size -> entry.withImage(entry.image().found(source, size.width, size.height))));
        if (withImage.isEmpty()) {
            problems.error(at, "không đọc được ảnh \"" + entry.image().path() + "\": dùng ảnh JPG, PNG hoặc GIF");
        }
        return withImage.orElse(entry);
    }

    private static BasicFileAttributes attributesOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Where an entry's image is in the site: {@code assets/…} from the site root (also written
     * {@code /assets/…}, as links and the CMS write it), anything else beside the entry.
     */
    Optional<Path> imagePath(Entry entry) {
        String written = entry.image().path().startsWith("/assets/") ? entry.image().path().substring(1) : entry.image().path();
        if (written.startsWith("/") || written.contains("\\") || written.contains(":")) {
            return Optional.empty();
        }
        Path base = written.startsWith("assets/") ? site : site.resolve(entry.sourcePath()).getParent();
        return Optional.of(base.resolve(written).normalize());
    }

    private record EntryFile(Kind kind, Listed listed) {
        ReadEntry read(Parser parser, EntryReader reader) {
            Problems problems = new Problems();
            DocumentModel document = parser.processFile(listed.file().toFile());
            String name = listed.file().getFileName().toString();
            String baseName = VietnameseText.nfc(name.substring(0, name.length() - ".md".length()));
            Optional<Entry> entry = reader.read(document, kind, baseName, problems);
            // An entry without an image is finished here, advice included, and kept so while its file is unchanged.
            entry.filter(e -> e.image() == null && !problems.hasErrors()).ifPresent(e -> EditorialAdvice.advise(e, problems));
            return new ReadEntry(entry, problems.sorted());
        }
    }
}
