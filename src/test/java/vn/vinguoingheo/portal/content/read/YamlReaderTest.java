package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;

/**
 * YAML read with the place of every value, and syntax errors told in Vietnamese where the parser
 * stopped. The text starts on line 2 of {@code a.md}, as front matter does.
 */
class YamlReaderTest {

    private final Problems problems = new Problems();

    private Optional<YamlNode> parse(String yaml) {
        return YamlReader.parse(yaml, "a.md", 2, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void valuesKeepTheirTypeAndPlaceInTheFile() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("a: chữ\nb: 12\nc: true\nd: ~\ne: [x, 2.5]\n").orElseThrow();
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(root.fields().keySet()));
        assertEquals(new YamlNode.Scalar("chữ", YamlNode.Scalar.Type.STRING, new Location("a.md", 2, 4)), root.fields().get("a").value());
        assertEquals(new YamlNode.Scalar("12", YamlNode.Scalar.Type.NUMBER, new Location("a.md", 3, 4)), root.fields().get("b").value());
        assertEquals(new YamlNode.Scalar("true", YamlNode.Scalar.Type.BOOLEAN, new Location("a.md", 4, 4)), root.fields().get("c").value());
        assertEquals(new YamlNode.Scalar("", YamlNode.Scalar.Type.NULL, new Location("a.md", 5, 4)), root.fields().get("d").value());
        assertEquals(new YamlNode.Sequence(List.of(
                new YamlNode.Scalar("x", YamlNode.Scalar.Type.STRING, new Location("a.md", 6, 5)),
                new YamlNode.Scalar("2.5", YamlNode.Scalar.Type.NUMBER, new Location("a.md", 6, 8))),
                new Location("a.md", 6, 4)), root.fields().get("e").value());
        assertEquals(new Location("a.md", 3, 1), root.fields().get("b").keyLocation());
        assertEquals(List.of(), reported());
    }

    @Test
    void anEmptyDocumentIsNothingAndNoProblem() {
        assertEquals(Optional.empty(), parse(""));
        assertEquals(Optional.empty(), parse("# chỉ có ghi chú\n"));
        assertEquals(List.of(), reported());
    }

    @Test
    void aRepeatedKeyIsReportedAtItsSecondPlaceNamingTheFirstLine() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("title: Một\ndate: 2024-01-01\ntitle: Hai\n").orElseThrow();
        assertEquals("Một", ((YamlNode.Scalar) root.fields().get("title").value()).text());
        assertEquals(List.of("a.md:4:1: khoá \"title\" bị lặp lại (đã có ở dòng 2)"), reported());
    }

    @Test
    void aColonInAPlainValueIsExplained() {
        assertEquals(Optional.empty(), parse("title: Hội thảo: giảm nghèo\n"));
        assertEquals(List.of("a.md:2:16: YAML sai cú pháp: không được có dấu hai chấm ở đây; nếu giá trị có dấu hai chấm, "
                + "đặt nó trong ngoặc kép"), reported());
    }

    @Test
    void anUnclosedQuoteIsReportedWithTheLineItOpensOn() {
        assertEquals(Optional.empty(), parse("title: x\nsummary: \"chưa đóng\n"));
        assertEquals(List.of("a.md:4:1: YAML sai cú pháp: hết tệp mà vẫn chưa đóng (chuỗi mở bằng dấu ngoặc kép ở dòng 3)"), reported());
    }

    @Test
    void anUnclosedListIsReportedWithTheLineItOpensOn() {
        assertEquals(Optional.empty(), parse("tags: [a, b\ntitle: x\n"));
        // "b\ntitle" reads as one plain value of the list; the parser stops at the colon after it
        assertEquals(List.of("a.md:3:6: YAML sai cú pháp: thiếu dấu phẩy hoặc dấu ] đóng danh sách (danh sách mở bằng [ ở dòng 2)"),
                reported());
    }

    @Test
    void aTabUsedForIndentingIsNamed() {
        assertEquals(Optional.empty(), parse("replication:\n\tcost: Thấp\n"));
        assertEquals(List.of("a.md:3:1: YAML sai cú pháp: không dùng phím Tab để thụt lề; hãy dùng dấu cách"), reported());
    }
}
