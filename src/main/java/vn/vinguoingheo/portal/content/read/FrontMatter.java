package vn.vinguoingheo.portal.content.read;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (!isFence(lines.get(0))) {
            problems.error(start, "thiếu phần đầu YAML: tệp phải bắt đầu bằng một dòng chỉ có ---, "
                    + "tiếp theo là các trường (title: …) và một dòng --- nữa");
            return Optional.empty();
        }
        for (int closing = 1; closing < lines.size(); closing++) {
            if (isFence(lines.get(closing))) {
                String yaml = lines.subList(1, closing).stream().map(line -> line + "\n").collect(Collectors.joining());
                String body = String.join("\n", lines.subList(closing + 1, lines.size()));
                // lines count from 1: the closing fence is on line closing + 1, the body starts after it
                return Optional.of(new FrontMatter(yaml, body, closing + 2));
            }
        }
        problems.error(start, "phần đầu YAML không có dòng --- kết thúc");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.strip().equals(FENCE);
    }
}
