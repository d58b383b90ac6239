package vn.vinguoingheo.portal.content.read;

import java.util.Optional;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;

/**
 * A Markdown entry split into its YAML front matter (between the first two {@code ---} lines)
 * and its body.
 *
 * @param yaml the front matter, which starts on line 2 of the file
 * @param body the Markdown after the closing line
 * @param bodyLine the line of the file the body starts on, for problems found in it
 */
public record FrontMatter(String yaml, String body, int bodyLine) {

    public static final int YAML_FIRST_LINE = 2;
    private static final String FENCE = "---";

    static Optional<FrontMatter> split(SourceText source, Problems problems) {
        String text = source.text();
        Location start = Location.startOf(source.path());
        if (text.isBlank()) {
            problems.error(start, "tệp rỗng: một bài viết cần phần đầu YAML giữa hai dòng --- và nội dung");
            return Optional.empty();
        }
        if (!firstLine(text).strip().equals(FENCE)) {
            problems.error(start, "thiếu phần đầu YAML: tệp phải bắt đầu bằng một dòng chỉ có ---, "
                    + "tiếp theo là các trường (title: …) và một dòng --- nữa");
            return Optional.empty();
        }
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (line.strip().equals(FENCE)) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                int bodyLine = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 2;
                return Optional.of(new FrontMatter(yaml, body, bodyLine));
            }
            lineStart = lineEnd + 1;
        }
        problems.error(start, "phần đầu YAML không có dòng --- kết thúc");
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
