package vn.vinguoingheo.portal.content.read;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.cache.CacheKey;
import vn.vinguoingheo.portal.content.BodyImage;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.markup.SafeMarkdown;
import vn.vinguoingheo.portal.timing.Phases;

/**
 * JBake's markup engine for {@code .md} files, reading YAML front matter instead of JBake's own
 * {@code key=value} header. It parses (file, front matter syntax, Markdown body); the meaning of
 * the fields is checked afterwards by {@link EntryReader}. It never throws: problems travel in the
 * document under {@link #PROBLEMS}.
 */
public final class FrontMatterMarkdownEngine extends MarkdownEngine {

    static final String SOURCE = "portal.source";
    static final String FRONT_MATTER = "portal.frontMatter";
    static final String PROBLEMS = "portal.problems";
    /** The images written in the body, each a {@link BodyImage} with its line and column in the file. */
    static final String BODY_IMAGES = "portal.bodyImages";
    /** Configuration key of the build's {@link BuildCache}, where bodies already converted are kept. */
    static final String CACHE = "portal.cache";

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Problems problems = new Problems();
        DocumentModel document = new DocumentModel();
        document.put(PROBLEMS, problems);
        Path site = config.getSourceFolder().toPath().toAbsolutePath();
        SourceText.read(site, file.toPath().toAbsolutePath(), problems).ifPresent(source -> {
            document.put(SOURCE, source);
            document.setSourceUri(source.path());
            FrontMatter.split(source, problems).ifPresent(parts -> {
                if (parts.yaml().isBlank()) {
                    problems.error(Location.startOf(source.path()), "phần đầu YAML trống: thiếu các trường bắt buộc");
                }
                YamlReader.parse(parts.yaml(), source.path(), FrontMatter.YAML_FIRST_LINE, problems)
                        .ifPresent(node -> document.put(FRONT_MATTER, node));
                document.setBody(bodyHtml(parts, source, problems, cache(config)));
                document.put(BODY_IMAGES, bodyImages(parts.body(), source));
            });
        });
        return document;
    }

    private static BuildCache cache(JBakeConfiguration config) {
        return config.get(CACHE) instanceof BuildCache cache ? cache : BuildCache.none();
    }

    /** The body's images that live in the site, at their line and column in the whole file. */
    private List<BodyImage> bodyImages(String body, SourceText source) {
        List<BodyImage> images = new ArrayList<>();
        try {
            List<SafeMarkdown.WrittenImage> written = markdown.images(body);
            if (written.isEmpty()) {
                return List.of();
            }
            String text = source.text();
            int bodyStart = text.length() - body.length();
            for (SafeMarkdown.WrittenImage image : written) {
                if (!external(image.url())) {
                    images.add(BodyImage.written(image.url(), locationOf(text, bodyStart + image.offset(), source.path())));
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // reported by bodyHtml, which parses the same Markdown
        }
        return List.copyOf(images);
    }

    /**
     * Whether the address leaves the site (http, https, {@code //host}) or is not a file at all
     * (another scheme such as {@code data:}, which the sanitiser drops): such images are not looked for.
     */
    private static boolean external(String path) {
        return path.startsWith("//") || path.startsWith("#") || path.isBlank() || path.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static Location locationOf(String text, int offset, String path) {
        int line = 1;
        int lineStart = 0;
        // offset is inside the text: the body is its tail, and the image an offset in the body
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(path, line, text.codePointCount(lineStart, offset) + 1);
    }

    /** Markdown that cannot be converted (say, thousands of nested quotes) is reported, not thrown. */
    private String bodyHtml(FrontMatter parts, SourceText source, Problems problems, BuildCache cache) {
        String body = parts.body();
        long started = Phases.start();
        try {
            if (!cache.enabled()) {
                return markdown.toHtml(body);
            }
            // Only bodies that convert are kept: one that fails is reported on every build.
            CacheKey key = CacheKey.builder("markdown").add(SafeMarkdown.VERSION).add(body).build();
            return new String(cache.getOrCompute(key, () -> markdown.toHtml(body).getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(deepestLine(parts, source.path()), "không chuyển được nội dung Markdown (cấu trúc lồng nhau quá sâu hoặc hỏng)");
            return "";
        } finally {
            Phases.add(Phases.MARKDOWN, started);
        }
    }

    /**
     * Where a body that cannot be converted goes wrong: flexmark does not say, and what it cannot
     * take is nesting (quotes, lists, brackets), so the first line nested deepest, at its first mark.
     */
    static Location deepestLine(FrontMatter parts, String path) {
        String[] lines = parts.body().split("\n", -1);
        int deepest = 0;
        int depth = -1;
        for (int i = 0; i < lines.length; i++) {
            int d = nesting(lines[i]);
            if (d > depth) {
                depth = d;
                deepest = i;
            }
        }
        String line = lines[deepest];
        int column = 1;
        while (column <= line.length() && Character.isWhitespace(line.charAt(column - 1))) {
            column++;
        }
        return new Location(path, parts.bodyLine() + deepest, column > line.length() ? 1 : column);
    }

    /** Quote marks, opening brackets and indentation (two spaces a level) of a line. */
    private static int nesting(String line) {
        int marks = 0;
        int indent = 0;
        boolean leading = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (leading && c == ' ') {
                indent++;
            } else {
                leading = false;
                if (c == '>' || c == '[' || c == '(') {
                    marks++;
                }
            }
        }
        return marks + indent / 2;
    }
}
