package vn.vinguoingheo.portal.content.read;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;

/**
 * A YAML syntax error told in Vietnamese at the place where the parser got stuck, with the place
 * where the unfinished construct started. SnakeYAML's English phrases are mapped to plain advice.
 */
final class YamlSyntaxError {

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("mapping values are not allowed here", "không được có dấu hai chấm ở đây; nếu giá trị có dấu hai chấm, đặt nó trong ngoặc kép");
        PHRASES.put("found character '\\t", "không dùng phím Tab để thụt lề; hãy dùng dấu cách");
        PHRASES.put("found unexpected end of stream", "hết tệp mà vẫn chưa đóng");
        PHRASES.put("expected ',' or ']'", "thiếu dấu phẩy hoặc dấu ] đóng danh sách");
        PHRASES.put("expected ',' or '}'", "thiếu dấu phẩy hoặc dấu } đóng bảng");
        PHRASES.put("could not find expected ':'", "thiếu dấu hai chấm sau tên trường");
        PHRASES.put("did not find expected key", "thụt lề không khớp hoặc thiếu tên trường");
        PHRASES.put("did not find expected '-' indicator", "thụt lề của danh sách không khớp");
        PHRASES.put("did not find expected <document start>", "có nội dung thừa sau phần YAML");
        PHRASES.put("found undefined alias", "tham chiếu * tới một neo & không có");
        PHRASES.put("while parsing a flow sequence", "danh sách mở bằng [");
        PHRASES.put("while parsing a flow mapping", "bảng mở bằng {");
        PHRASES.put("while scanning a quoted scalar", "chuỗi mở bằng dấu ngoặc kép");
        PHRASES.put("while scanning a simple key", "tên trường");
        PHRASES.put("while parsing a block mapping", "nhóm trường");
        PHRASES.put("while parsing a block collection", "danh sách");
        PHRASES.put("while scanning an alias", "tham chiếu *");
        PHRASES.put("while scanning an anchor", "neo &");
        PHRASES.put("while scanning for the next token", "");
    }

    private YamlSyntaxError() {
    }

    /** Reports the error; returns false when the cause is not a SnakeYAML syntax error. */
    static boolean report(Throwable error, String file, int firstLine, Problems problems) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark at = marked.getProblemMark();
                String problem = translate(marked.getProblem());
                String contextText = translate(marked.getContext());
                String context = contextText.isEmpty() ? "" : " (" + contextText
                        + (marked.getContextMark() == null ? "" : " ở dòng " + (firstLine + marked.getContextMark().getLine())) + ")";
                problems.error(new Location(file, firstLine + at.getLine(), at.getColumn() + 1), "YAML sai cú pháp: " + problem + context);
                return true;
            }
        }
        return false;
    }

    private static String translate(String english) {
        if (english == null) {
            return "";
        }
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            if (english.startsWith(phrase.getKey())) {
                return phrase.getValue();
            }
        }
        return english;
    }
}
