package vn.vinguoingheo.portal.content.read;

import java.util.Optional;
import java.util.regex.Pattern;

/** What an old path in {@code aliases} may be: a path under the site that a static host can serve as a page. */
final class AliasPaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern PAGE_FILE = Pattern.compile("(?i).+\\.html?");

    private AliasPaths() {
    }

    /** Why {@code written} cannot be an alias, or nothing when it can. */
    static Optional<String> problem(String written) {
        if (written.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return Optional.of("ghi đường dẫn trong trang, bắt đầu bằng /, không ghi cả địa chỉ (ví dụ /mo-hinh/ten-cu/)");
        }
        if (written.contains("?") || written.contains("#")) {
            return Optional.of("trang tĩnh không phân biệt được phần sau dấu ? hoặc #; chỉ ghi phần đường dẫn");
        }
        String path = trimSlashes(written);
        if (path.isEmpty()) {
            return Optional.of("không thể chuyển trang chủ sang bài khác");
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("đường dẫn có đoạn rỗng, \".\" hoặc \"..\"");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("chỉ dùng chữ không dấu, số và các dấu - . _ ~ (đoạn \"" + segment + "\")");
            }
        }
        String last = segments[segments.length - 1];
        if (last.contains(".") && !PAGE_FILE.matcher(last).matches()) {
            return Optional.of("chỉ chuyển được thư mục (/mo-hinh/ten-cu/) hoặc tệp .html, không phải \"" + last + "\"");
        }
        return Optional.empty();
    }

    /** {@code /mo-hinh/ten-cu} → {@code mo-hinh/ten-cu/}; {@code /tin-tuc/bai.html} stays a file. */
    static String normalise(String written) {
        String path = trimSlashes(written);
        return PAGE_FILE.matcher(path.substring(path.lastIndexOf('/') + 1)).matches() ? path : path + "/";
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
