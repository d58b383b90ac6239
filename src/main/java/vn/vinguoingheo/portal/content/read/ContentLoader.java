package vn.vinguoingheo.portal.content.read;

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
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.BodyImage;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.DocumentFile;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ImageRef;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.check.CrossChecks;
import vn.vinguoingheo.portal.content.check.EditorialAdvice;
import vn.vinguoingheo.portal.content.check.Suggestions;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.photo.Photo;
import vn.vinguoingheo.portal.photo.PhotoProbe;
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
    private final BuildCache buildCache;
    private Path realSite;

    private ContentLoader(Path site, EntryCache cache, BuildCache buildCache) {
        this.site = site.toAbsolutePath().normalize();
        this.cache = cache;
        this.buildCache = buildCache;
    }

    public static LoadResult load(Path site) {
        return load(site, EntryCache.none());
    }

    /** Loads a site, reading again only the entries that changed since {@code cache} last saw them. */
    public static LoadResult load(Path site, EntryCache cache) {
        return load(site, cache, BuildCache.none());
    }

    /** Loads a site as {@link #load(Path, EntryCache)} does, taking Markdown already converted from {@code buildCache}. */
    public static LoadResult load(Path site, EntryCache cache, BuildCache buildCache) {
        return new ContentLoader(site, cache, buildCache).load();
    }

    /** The site's model types (its own file, or the built-in ones), for tools that need only them. */
    public static Map<String, ModelType> modelTypes(Path site) {
        ContentLoader loader = new ContentLoader(site, EntryCache.none(), BuildCache.none());
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
        config.setProperty(FrontMatterMarkdownEngine.CACHE, buildCache);
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
            if (entry == null || !entry.hasImages()) {
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
            Entry found = findBodyImages(findImage(entry, own), own);
            if (!own.hasErrors()) {
                EditorialAdvice.advise(found, own);
            }
            entries.add(found);
            problems.addAll(own.sorted());
        }
        // A document's file, like an image, may change without its entry: looked for on every load (one stat each).
        entries.replaceAll(entry -> entry.details() instanceof DecisionDetails d && d.file() != null ? findFile(entry, d, problems) : entry);
        return entries;
    }

    /** A decision's file must be a PDF under assets/ or beside its entry, inside the site; it is published as it is. */
    private Entry findFile(Entry entry, DecisionDetails details, Problems problems) {
        String written = details.file().path();
        Location at = details.file().location();
        String relative = written.startsWith("/assets/") ? written.substring(1) : written;
        if (relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) {
            problems.error(at, "tệp văn bản \"" + written + "\" phải nằm trong assets/ hoặc cạnh bài viết");
            return entry;
        }
        Path base = relative.startsWith("assets/") ? site : site.resolve(entry.sourcePath()).getParent();
        Path file = base.resolve(relative).normalize();
        BasicFileAttributes attributes = file.startsWith(site) ? attributesOf(file) : null;
        if (attributes == null || !attributes.isRegularFile() || !insideSite(file)) {
            problems.error(at, "không tìm thấy tệp văn bản \"" + written + "\" (đặt tệp PDF trong assets/ hoặc cạnh bài viết)");
            return entry;
        }
        if (!isPdf(file)) {
            problems.error(at, "tệp văn bản \"" + written + "\" không phải PDF (tệp PDF bắt đầu bằng %PDF-)");
            return entry;
        }
        String source = site.relativize(file).toString().replace('\\', '/');
        return entry.withDetails(details.withFile(new DocumentFile(written, source, attributes.size(), at)));
    }

    private static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
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
     * An image must exist under assets/ or beside its entry, inside the site, and be a whole JPEG,
     * PNG or GIF of at most 50 megapixels (see {@link PhotoProbe}); every problem is reported at
     * the value of {@code image:}. A photo with a GPS position or narrower than a tablet is a warning.
     */
    private Entry findImage(Entry entry, Problems problems) {
        if (entry.image() == null) {
            return entry;
        }
        ImageRef written = entry.image();
        Location at = written.location();
        Path image = locate(entry, written.path(), at, "image: /assets/images/ten-anh.jpg", problems);
        if (image == null) {
            return entry;
        }
        BasicFileAttributes attributes = attributesOf(image);
        String source = site.relativize(image).toString().replace('\\', '/');
        String[] refused = new String[1];
        Optional<Entry> withImage = cache.withImage(entry, image, attributes, () -> {
            PhotoProbe.Probe probe = PhotoProbe.probe(image, source);
            refused[0] = probe.problem();
            return Optional.ofNullable(probe.photo()).map(photo -> entry.withImage(written.found(source, photo)));
        });
        if (withImage.isEmpty()) {
            problems.error(at, "ảnh \"" + written.path() + "\": " + (refused[0] == null ? "không đọc được ảnh" : refused[0]));
            return entry;
        }
        warnAbout(withImage.get().image().photo(), written.path(), at, problems);
        return withImage.get();
    }

    /**
     * The images of an entry's body, found and looked at by the rules of {@code image:}; every
     * problem is reported where the image is written in the body.
     */
    private Entry findBodyImages(Entry entry, Problems problems) {
        if (entry.bodyImages().isEmpty()) {
            return entry;
        }
        List<BodyImage> found = new ArrayList<>();
        for (BodyImage written : entry.bodyImages()) {
            Location at = written.location();
            Path image = locate(entry, written.path(), at, "![mô tả ảnh](/assets/images/ten-anh.jpg)", problems);
            if (image == null) {
                continue;
            }
            String source = site.relativize(image).toString().replace('\\', '/');
            PhotoProbe.Probe probe = cache.probe(image, attributesOf(image), () -> PhotoProbe.probe(image, source));
            if (probe.photo() == null) {
                problems.error(at, "ảnh \"" + written.path() + "\": " + probe.problem());
                continue;
            }
            warnAbout(probe.photo(), written.path(), at, problems);
            found.add(written.found(source, probe.photo()));
        }
        return cache.withBodyImages(entry, List.copyOf(found));
    }

    /**
     * The file an image's address names, or null when it is outside the site or missing (reported
     * at {@code at}; {@code example} shows how to write an image kept in assets/).
     */
    private Path locate(Entry entry, String written, Location at, String example, Problems problems) {
        Path image = imagePath(entry, written).orElse(null);
        if (image == null || !image.startsWith(site)) {
            problems.error(at, "ảnh \"" + written + "\" nằm ngoài thư mục trang; đặt ảnh trong assets/images/ "
                    + "và ghi " + example);
            return null;
        }
        BasicFileAttributes attributes = attributesOf(image);
        if (attributes == null || !attributes.isRegularFile() || !insideSite(image)) {
            problems.error(at, "không tìm thấy ảnh \"" + written + "\"" + nearestFile(image)
                    + " (đặt ảnh trong assets/images/ hoặc cạnh bài viết; tên tệp phân biệt chữ hoa, chữ thường)");
            return null;
        }
        return image;
    }

    /** A photo with a GPS position or narrower than a tablet is a warning. */
    private static void warnAbout(Photo photo, String written, Location at, Problems problems) {
        if (photo.gps()) {
            problems.warn(at, "ảnh \"" + written + "\" có ghi vị trí GPS nơi chụp; bản đăng lên trang đã được xoá vị trí "
                    + "và mọi thông tin máy ảnh, ảnh gốc không được đăng");
        }
        if (photo.width() < PhotoProbe.GOOD_WIDTH) {
            problems.warn(at, "ảnh \"" + written + "\" chỉ rộng " + photo.width() + " điểm ảnh, sẽ mờ trên màn hình lớn; "
                    + "nên dùng ảnh rộng ít nhất 1600 điểm ảnh");
        }
    }

    /** "; có phải "anh-ho-dan.jpg"?" when a file of that folder has a near name. */
    private static String nearestFile(Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<String> names = listing.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            String typed = missing.getFileName().toString();
            Optional<String> sameLetters = names.stream().filter(n -> n.equalsIgnoreCase(typed)).findFirst();
            return sameLetters.map(n -> "; có phải \"" + n + "\"?").orElseGet(() -> Suggestions.hint(typed, names));
        } catch (IOException e) {
            return "";
        }
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
    Optional<Path> imagePath(Entry entry, String path) {
        String written = path.startsWith("/assets/") ? path.substring(1) : path;
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
            entry.filter(e -> !e.hasImages() && !problems.hasErrors()).ifPresent(e -> EditorialAdvice.advise(e, problems));
            return new ReadEntry(entry, problems.sorted());
        }
    }
}
