package vn.vinguoingheo.portal.content;

import java.io.File;
import java.nio.file.Path;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import vn.vinguoingheo.portal.markup.SafeMarkdown;

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
                document.setBody(bodyHtml(parts, source, problems));
            });
        });
        return document;
    }

    /** Markdown that cannot be converted (say, thousands of nested quotes) is reported, not thrown. */
    private String bodyHtml(FrontMatter parts, SourceText source, Problems problems) {
        try {
            return markdown.toHtml(parts.body());
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(deepestLine(parts, source.path()), "không chuyển được nội dung Markdown (cấu trúc lồng nhau quá sâu hoặc hỏng)");
            return "";
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
