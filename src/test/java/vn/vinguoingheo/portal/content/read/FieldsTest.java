package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;

/**
 * Each reading of a field, with the exact problems it reports. Positions are counted by hand in
 * the YAML text, which starts on line 1 of {@code f.yaml}; columns count from 1.
 */
class FieldsTest {

    private final Problems problems = new Problems();

    private Fields fields(String yaml) {
        YamlNode root = YamlReader.parse(yaml, "f.yaml", 1, problems).orElseThrow();
        return Fields.of(root, "tệp", problems).orElseThrow();
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aDocumentThatIsNotAMappingIsReportedWithItsShape() {
        YamlNode list = YamlReader.parse("- a\n- b\n", "f.yaml", 1, problems).orElseThrow();
        assertTrue(Fields.of(list, "phần đầu YAML", problems).isEmpty());
        assertEquals(List.of("f.yaml:1:1: phần đầu YAML phải là bảng \"khoá: giá trị\", không phải danh sách"), reported());
    }

    @Test
    void hasIsFalseForAnAbsentOrEmptyKey() {
        Fields f = fields("a: x\nb: null\nc: ~\n");
        assertTrue(f.has("a"));
        assertFalse(f.has("b"));
        assertFalse(f.has("c"));
        assertFalse(f.has("d"));
        assertEquals(List.of(), reported());
    }

    @Test
    void locationOfAnAbsentKeyIsTheMappingItself() {
        Fields f = fields("a: x\nbb:   y\n");
        assertEquals(new Location("f.yaml", 2, 7), f.locationOf("bb"));
        assertEquals(new Location("f.yaml", 1, 1), f.locationOf("zz"));
    }

    @Test
    void aRequiredFieldMissingOrEmptyIsReportedAtTheMapping() {
        Fields f = fields("a: x\nb: ~\n");
        assertTrue(f.required("b").isEmpty());
        assertTrue(f.required("c").isEmpty());
        assertEquals("x", f.text("a", true));
        assertEquals(List.of(
                "f.yaml:1:1: thiếu trường bắt buộc \"b\"",
                "f.yaml:1:1: thiếu trường bắt buộc \"c\""), reported());
    }

    @Test
    void aBlankTextIsReportedAndATextIsStripped() {
        Fields f = fields("a: '   '\nb: '  chữ  '\nd:\n");
        assertNull(f.nonBlankText("a", false));
        assertEquals("chữ", f.nonBlankText("b", false));
        assertNull(f.nonBlankText("c", false));
        assertNull(f.nonBlankText("d", true), "a key with nothing after it is an empty text");
        assertEquals(List.of("f.yaml:1:4: trường \"a\" để trống", "f.yaml:3:3: trường \"d\" để trống"), reported());
    }

    @Test
    void aTextGivenAsAListOrMappingIsReportedWithItsShape() {
        Fields f = fields("a: [x]\nb: {c: d}\n");
        assertNull(f.text("a", false));
        assertNull(f.text("b", false));
        assertEquals(List.of(
                "f.yaml:1:4: trường \"a\" phải là một giá trị đơn, không phải danh sách",
                "f.yaml:2:4: trường \"b\" phải là một giá trị đơn, không phải bảng khoá: giá trị"), reported());
    }

    @Test
    void flagsAreTrueFalseOrReported() {
        Fields f = fields("yes: true\nno: false\nword: 'true'\nnumber: 1\n");
        assertTrue(f.flag("yes"));
        assertFalse(f.flag("no"));
        assertFalse(f.flag("word"));
        assertFalse(f.flag("number"));
        assertFalse(f.flag("absent"));
        assertEquals(List.of(
                "f.yaml:3:7: trường \"word\" phải là true hoặc false",
                "f.yaml:4:9: trường \"number\" phải là true hoặc false"), reported());
    }

    @Test
    void datesMustBeWrittenAsIsoAndExistInTheCalendar() {
        Fields f = fields("a: 2022-06-02\nb: 2022-6-2\nc: 2023-02-29\nd: 2024-02-29\n");
        assertEquals(LocalDate.of(2022, 6, 2), f.date("a", true));
        assertNull(f.date("b", true));
        assertNull(f.date("c", true));
        assertEquals(LocalDate.of(2024, 2, 29), f.date("d", true), "2024 is a leap year");
        assertNull(f.date("e", false));
        assertEquals(List.of(
                "f.yaml:2:4: trường \"b\": \"2022-6-2\" không đúng định dạng ngày YYYY-MM-DD (ví dụ 2022-06-02)",
                "f.yaml:3:4: trường \"c\": ngày 2023-02-29 không có trong lịch"), reported());
    }

    @Test
    void aYearIsFourDigitsOrTheYearOfAValidDate() {
        Fields f = fields("a: 2021\nb: 2021-05-01\nc: 2021-02-30\nd: 21\ne: 2021-05\n");
        assertEquals(2021, f.year("a", true));
        assertEquals(2021, f.year("b", true));
        assertNull(f.year("c", true));
        assertNull(f.year("d", true));
        assertNull(f.year("e", true));
        assertEquals(List.of(
                "f.yaml:3:4: trường \"c\": ngày 2021-02-30 không có trong lịch",
                "f.yaml:4:4: trường \"d\": \"21\" không phải là năm (ví dụ 2022)",
                "f.yaml:5:4: trường \"e\": \"2021-05\" không phải là năm (ví dụ 2022)"), reported());
    }

    @Test
    void numbersAreReadFromNumbersAndTextsAndACommaGetsAHint() {
        Fields f = fields("a: 2.93\nb: ' 1009 '\nc: '2,93'\nd: mười\ne: [1]\nf: true\n");
        assertEquals(new BigDecimal("2.93"), f.number("a", true));
        assertEquals(new BigDecimal("1009"), f.number("b", true));
        assertNull(f.number("c", true));
        assertNull(f.number("d", true));
        assertNull(f.number("e", true));
        assertNull(f.number("f", true));
        assertNull(f.number("g", true));
        assertNull(f.number("h", false));
        assertEquals(List.of(
                "f.yaml:1:1: thiếu trường bắt buộc \"g\"",
                "f.yaml:3:4: trường \"c\" phải là số, không phải \"2,93\" (dùng dấu chấm cho phần thập phân, ví dụ 2.93; "
                        + "không dùng dấu phân cách hàng nghìn)",
                "f.yaml:4:4: trường \"d\" phải là số, không phải \"mười\"",
                "f.yaml:5:4: trường \"e\" phải là số, không phải danh sách",
                "f.yaml:6:4: trường \"f\" phải là số, không phải true/false"), reported());
    }

    @Test
    void textListsDropEmptyItemsAndTakeASingleTextAsAListOfOne() {
        Fields f = fields("a: [' x ', '', '  ', ~, y]\nb: một\nc: [{k: v}, z]\n");
        assertEquals(List.of("x", "y"), f.texts("a"));
        assertEquals(List.of("một"), f.texts("b"));
        assertEquals(List.of("z"), f.texts("c"));
        assertEquals(List.of(), f.texts("absent"));
        assertEquals(List.of("f.yaml:3:5: trường \"c\" phải là một giá trị đơn, không phải bảng khoá: giá trị"), reported());
    }

    @Test
    void itemsSkipEmptyEntriesOfAList() {
        Fields f = fields("a:\n  - x\n  - ~\n  - y\n");
        assertEquals(List.of("x", "y"), f.items("a").stream().map(n -> ((YamlNode.Scalar) n).text()).toList());
    }

    @Test
    void objectsReadEachMappingAndReportWhatIsNot() {
        Fields f = fields("a:\n  - {k: 1}\n  - hai\n  - {k: 3}\nb: {k: 4}\n");
        assertEquals(List.of("1", "3"), f.objects("a", item -> item.text("k", true)));
        assertEquals(List.of(), f.objects("b", item -> item.text("k", true)));
        assertEquals(List.of(), f.objects("absent", item -> item.text("k", true)));
        assertEquals(List.of(
                "f.yaml:3:5: mỗi mục của \"a\" phải là bảng \"khoá: giá trị\", không phải chuỗi",
                "f.yaml:5:4: trường \"b\" phải là danh sách (mỗi mục bắt đầu bằng \"- \")"), reported());
    }

    @Test
    void anObjectIsANestedMappingRequiredOrNot() {
        Fields f = fields("a: {k: 1}\nb: hai\n");
        assertEquals("1", f.object("a", true, item -> item.text("k", true)));
        assertNull(f.object("b", false, item -> item.text("k", true)));
        assertNull(f.object("c", true, item -> item.text("k", true)));
        assertNull(f.object("d", false, item -> item.text("k", true)));
        assertEquals(List.of(
                "f.yaml:1:1: thiếu trường bắt buộc \"c\"",
                "f.yaml:2:4: trường \"b\" phải là bảng \"khoá: giá trị\", không phải chuỗi"), reported());
    }

    @Test
    void olderSpellingsAreReadUnderTheirNewNamesWithAWarningAndBothIsAnError() {
        Fields f = fields("provinces: can-tho\nmodel_types: a\nmodel_type: b\ntitle: x\n")
                .renaming(Map.of("provinces", "province", "model_types", "model_type"));
        assertEquals("can-tho", f.text("province", true));
        assertEquals("b", f.text("model_type", true));
        assertFalse(f.has("provinces"));
        assertEquals(List.of("province", "model_type", "title"),
                f.fieldsInOrder().stream().map(YamlNode.Mapping.Field::key).toList());
        assertEquals(List.of(
                "f.yaml:1:1: cảnh báo: trường \"provinces\" nay viết là \"province\"; vẫn đọc được, nhưng hãy sửa lại",
                "f.yaml:2:1: có cả \"model_types\" (cách viết cũ) và \"model_type\"; hãy xoá \"model_types\""), reported());
    }

    @Test
    void unknownKeysAreWarnedWithTheNearestKnownName() {
        fields("title: x\ntitel: y\nzzz: z\n").warnUnknownKeys(List.of("title", "summary"));
        assertEquals(List.of(
                "f.yaml:2:1: cảnh báo: trường \"titel\" không có trong quy ước nội dung, sẽ bị bỏ qua; có phải \"title\"?",
                "f.yaml:3:1: cảnh báo: trường \"zzz\" không có trong quy ước nội dung, sẽ bị bỏ qua"), reported());
    }
}
