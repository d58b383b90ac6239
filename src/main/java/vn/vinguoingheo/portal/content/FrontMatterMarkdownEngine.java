package vn.vinguoingheo.portal.content;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.cache.CacheKey;
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
                document.setBody(bodyHtml(parts.body(), source, problems, cache(config)));
            });
        });
        return document;
    }

    private static BuildCache cache(JBakeConfiguration config) {
        return config.get(CACHE) instanceof BuildCache cache ? cache : BuildCache.none();
    }

    /** Markdown that cannot be converted (say, thousands of nested quotes) is reported, not thrown. */
    private String bodyHtml(String body, SourceText source, Problems problems, BuildCache cache) {
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
            problems.error(Location.startOf(source.path()), "không chuyển được nội dung Markdown (cấu trúc lồng nhau quá sâu hoặc hỏng)");
            return "";
        } finally {
            Phases.add(Phases.MARKDOWN, started);
        }
    }
}
