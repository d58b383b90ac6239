package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Alias;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.KeyFigure;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.Period;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Replication;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.StoryDetails;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.content.check.ContractSchema;

/**
 * The optional fields of an entry, each read from a real file: the value it becomes and the exact
 * problems reported, at the line and column of the field (counted by hand in the text below).
 */
class EntryFieldsTest {

    @TempDir
    Path tmp;

    /** A model with nothing to warn about; {@code %s} is replaced by extra fields from line 9 on. */
    private static final String MODEL = """
            ---
            title: Đan thảm lục bình
            province: can-tho
            model_type: sinh-ke
            date: 2023-04-06
            summary: Tóm tắt.
            sources: [{title: Báo Cần Thơ}]
            replication: {conditions: Có lục bình}
            %s---
            Nội dung.
            """;

    private int sites;

    /** Each load in a site of its own. */
    private LoadResult load(String folder, String name, String text) {
        Path site = TestSites.minimal(tmp.resolve("s" + sites++));
        TestSites.write(site, "content/" + folder + "/" + name, text);
        return ContentLoader.load(site);
    }

    private LoadResult model(String extraLines) {
        return load("models", "x.md", MODEL.formatted(extraLines));
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().filter(p -> !p.isNote()).map(Problem::toString).toList();
    }

    private static Entry only(LoadResult result) {
        assertEquals(1, result.content().entries().size(), () -> problems(result).toString());
        return result.content().entries().get(0);
    }

    @Test
    void aPlainModelHasNoProblemAndNoOptionalValues() {
        LoadResult result = model("");
        assertEquals(List.of(), problems(result));
        Entry entry = only(result);
        assertNull(entry.expires());
        assertNull(entry.updated());
        assertNull(entry.image());
        assertEquals(false, entry.draft());
        assertEquals(List.of(), entry.aliases());
    }

    @Test
    void expiresMustBeAfterTheDateNotOnIt() {
        LoadResult sameDay = model("expires: 2023-04-06\n");
        assertEquals(List.of("content/models/x.md:9:10: ngày gỡ bài (expires) 2023-04-06 phải sau ngày đăng 2023-04-06"),
                problems(sameDay));
        LoadResult nextDay = model("expires: 2023-04-07\n");
        assertEquals(List.of(), problems(nextDay));
        assertEquals(LocalDate.of(2023, 4, 7), only(nextDay).expires());
    }

    @Test
    void updatedMayBeTheDateButNotBeforeIt() {
        assertEquals(LocalDate.of(2023, 4, 6), only(model("updated: 2023-04-06\n")).updated());
        LoadResult before = model("updated: 2023-04-05\n");
        assertEquals(List.of("content/models/x.md:9:10: ngày cập nhật (updated) 2023-04-05 trước ngày đăng 2023-04-06; "
                + "ghi ngày bài được sửa nội dung lần cuối"), problems(before));
    }

    @Test
    void aSummaryOfExactlyTheLimitIsAcceptedWithAdviceAndOneMoreIsAnError() {
        String atLimit = "a".repeat(ContractSchema.SUMMARY_MAX);
        assertEquals(List.of("content/models/x.md:2:1: cảnh báo: tóm tắt dài 300 ký tự: khi chia sẻ, Facebook và Zalo chỉ hiện "
                + "khoảng 200 ký tự đầu"), problems(load("models", "x.md", MODEL.formatted("").replace("Tóm tắt.", atLimit))));
        assertEquals(List.of("content/models/x.md:6:10: tóm tắt dài 301 ký tự; tối đa 300 (một hai câu, dùng cho thẻ và phần "
                + "mô tả khi chia sẻ)"), problems(load("models", "x.md", MODEL.formatted("").replace("Tóm tắt.", atLimit + "a"))));
    }

    @Test
    void aSummaryOfTheAdviceLengthGetsNoAdvice() {
        String preview = "a".repeat(200); // what Facebook and Zalo show of a description
        assertEquals(List.of(), problems(load("models", "x.md", MODEL.formatted("").replace("Tóm tắt.", preview))));
    }

    @Test
    void aKindThatAgreesWithTheFolderIsAcceptedInAnySpelling() {
        assertEquals(List.of(), problems(model("kind: ' model '\n")));
        assertEquals(List.of("content/models/x.md:9:7: kind \"story\" không khớp với thư mục content/models/ (ở đây là \"model\")"),
                problems(model("kind: story\n")));
    }

    @Test
    void aFileNameThatIsNotASlugTakesTheTitlesAndATitleWithoutLettersIsReported() {
        assertEquals("dan-tham-luc-binh", only(load("models", "Bản 2.md", MODEL.formatted(""))).slug());
        LoadResult noLetters = load("models", "Bản 2.md", MODEL.formatted("").replace("Đan thảm lục bình", "'???'"));
        assertEquals(List.of("content/models/Bản 2.md:2:8: không tạo được đường dẫn (slug) từ tên tệp \"Bản 2\" hay tiêu đề; "
                + "đặt tên tệp bằng chữ thường không dấu, nối bằng gạch ngang"), problems(noLetters));
        assertEquals(List.of(), noLetters.content().entries());
    }

    @Test
    void flagsTagsAndNotesAreRead() {
        Entry entry = only(model("draft: true\ntags: [' lục bình ', OCOP]\nnote: ' Ghi chú. '\n"));
        assertEquals(true, entry.draft());
        assertEquals(List.of("lục bình", "OCOP"), entry.tags());
        assertEquals("Ghi chú.", entry.note());
    }

    @Test
    void anImageNeedsItsAltTextAndAnOlderCaptionStandsInForIt() {
        String notFound = "content/models/x.md:9:8: không tìm thấy ảnh \"a.jpg\" (đặt ảnh trong assets/images/ hoặc cạnh bài viết; "
                + "tên tệp phân biệt chữ hoa, chữ thường)";
        assertEquals(List.of(
                "content/models/x.md:9:8: có \"image\" thì phải có \"image_alt\": mô tả ảnh cho người không xem được ảnh",
                notFound), problems(model("image: a.jpg\n")));
        assertEquals(List.of(
                notFound,
                "content/models/x.md:10:16: cảnh báo: \"image_caption\" nay là chú thích hiện dưới ảnh; mô tả ảnh cho "
                        + "người không xem được ảnh ghi ở \"image_alt\" (tạm dùng chú thích làm mô tả)"),
                problems(model("image: a.jpg\nimage_caption: Chị Hoa đan thảm\n")));
    }

    @Test
    void sourcesTakeAWholeDateOrAMonthAndOnlyWebAddresses() {
        LoadResult result = load("stories", "tin.md", """
                ---
                title: Tin
                date: 2023-11-02
                summary: Tóm tắt.
                sources:
                  - {title: Báo A, date: 2023-10, url: ftp://a.vn/x}
                  - {title: Báo B, date: 2023-10-05, url: 'HTTPS://b.vn/y', author: Lan, publisher: B}
                  - {title: Báo C, date: 2023-13, page: 4}
                ---
                """);
        assertEquals(List.of(
                "content/stories/tin.md:6:40: url nguồn phải bắt đầu bằng http:// hoặc https://",
                "content/stories/tin.md:8:26: trường \"date\": \"2023-13\" không đúng định dạng ngày YYYY-MM-DD (ví dụ 2022-06-02)",
                "content/stories/tin.md:8:35: cảnh báo: trường \"page\" không có trong quy ước nội dung, sẽ bị bỏ qua; có phải \"date\"?"),
                problems(result));
        assertEquals(List.of(
                new SourceRef("Báo A", null, null, null, null, YearMonth.of(2023, 10)),
                new SourceRef("Báo B", "B", LocalDate.of(2023, 10, 5), "HTTPS://b.vn/y", "Lan", null),
                new SourceRef("Báo C", null, null, null, null, null)), only(result).sources());
    }

    @Test
    void aFiguresSourceIsATitleOrAFullSource() {
        ModelDetails model = (ModelDetails) only(model("""
                figures:
                  - {label: Hộ thoát nghèo, value: 1009, unit: hộ, year: 2022, source: Báo Cần Thơ}
                  - {label: Thu nhập, value: 4.5, source: {title: Sở LĐ, date: 2023-01-02}}
                  - {label: Hộ tham gia, value: 30}
                """)).details();
        assertEquals(List.of(
                new KeyFigure("Hộ thoát nghèo", new BigDecimal("1009"), "hộ", 2022, new SourceRef("Báo Cần Thơ", null, null, null)),
                new KeyFigure("Thu nhập", new BigDecimal("4.5"), null, null, new SourceRef("Sở LĐ", null, LocalDate.of(2023, 1, 2), null)),
                new KeyFigure("Hộ tham gia", new BigDecimal("30"), null, null, null)), model.figures());
    }

    @Test
    void unknownKeysInsideFiguresAndReplicationAreWarned() {
        LoadResult result = load("models", "x.md", MODEL.formatted("figures: [{label: Hộ, value: 1, nam: 2022}]\n")
                .replace("{conditions: Có lục bình}", "{conditions: Có lục bình, steps: [Một, Hai], cost: Thấp, contact: Hội, suggested_by: Sở, buoc: x}"));
        assertEquals(List.of(
                "content/models/x.md:8:103: cảnh báo: trường \"buoc\" không có trong quy ước nội dung, sẽ bị bỏ qua",
                "content/models/x.md:9:33: cảnh báo: trường \"nam\" không có trong quy ước nội dung, sẽ bị bỏ qua"),
                problems(result));
        assertEquals(new Replication("Có lục bình", "Thấp", List.of("Một", "Hai"), "Hội", "Sở"),
                ((ModelDetails) only(result).details()).replication());
    }

    private static final String DECISION = """
            ---
            title: Kế hoạch
            number: 12/KH-UBND
            issued: 2022-06-02
            issuer: UBND tỉnh
            summary: Kế hoạch giảm nghèo.
            sources: [{title: Cổng thông tin}]
            %s---
            """;

    @Test
    void aDecisionWithoutProvinceIsNationalAndItsTargetsDefaultToItsArea() {
        Entry national = only(load("decisions", "kh.md", DECISION.formatted(
                "targets: [{indicator: poor-household-rate, year: 2025, value: 1}]\n")));
        assertEquals(List.of("vn"), national.areas().stream().map(a -> a.code()).toList());
        Target target = ((DecisionDetails) national.details()).targets().get(0);
        assertEquals("vn", target.area().code());
        assertEquals(Target.Comparison.EQUAL, target.comparison());

        Entry provincial = only(load("decisions", "kh2.md", DECISION.formatted("""
                province: can-tho
                targets:
                  - {indicator: poor-household-rate, year: 2025, value: 1, comparison: '<='}
                  - {indicator: poor-household-rate, year: 2025, value: 2, area: ha-tinh, comparison: ' >= '}
                """)));
        List<Target> targets = ((DecisionDetails) provincial.details()).targets();
        assertEquals(List.of("can-tho", "ha-tinh"), targets.stream().map(t -> t.area().code()).toList());
        assertEquals(List.of(Target.Comparison.AT_MOST, Target.Comparison.AT_LEAST), targets.stream().map(Target::comparison).toList());
    }

    @Test
    void aTargetWithAnUnknownKeyOrComparisonIsReportedWhereItIsWritten() {
        LoadResult result = load("decisions", "kh.md", DECISION.formatted(
                "targets: [{indicator: poor-household-rate, year: 2025, value: 1, comparison: '<', nam: 2025}]\n"));
        // "comparison: '<'" starts in column 66, its value in 78; "nam" in 83
        assertEquals(List.of(
                "content/decisions/kh.md:8:78: comparison \"<\" không hợp lệ; dùng <=, >=, = hoặc change",
                "content/decisions/kh.md:8:83: cảnh báo: trường \"nam\" không có trong quy ước nội dung, sẽ bị bỏ qua"),
                problems(result));
    }

    @Test
    void aModelTypeMustBeACode() {
        LoadResult result = load("models", "x.md", MODEL.formatted("").replace("model_type: sinh-ke", "model_type: [sinh-ke, {a: b}]"));
        assertEquals(List.of("content/models/x.md:4:23: mỗi mục của \"model_type\" phải là một giá trị đơn, không phải bảng khoá: giá trị"),
                problems(result));
    }

    @Test
    void aPeriodMayBeOneYearButNotRunBackwards() {
        assertEquals(new Period(2022, 2022), ((DecisionDetails) only(load("decisions", "kh.md",
                DECISION.formatted("period: {from: 2022, to: 2022}\n"))).details()).period());
        LoadResult backwards = load("decisions", "kh.md", DECISION.formatted("period: {from: 2025, to: 2021}\n"));
        assertEquals(List.of("content/decisions/kh.md:8:9: giai đoạn từ 2025 đến 2021: năm bắt đầu sau năm kết thúc"),
                problems(backwards));
        assertNull(((DecisionDetails) only(backwards).details()).period());
        LoadResult open = load("decisions", "kh.md", DECISION.formatted("period: {from: 2025}\n"));
        assertEquals(List.of("content/decisions/kh.md:8:9: thiếu trường bắt buộc \"to\""), problems(open));
    }

    @Test
    void aStoryRefersToModelsByBareSlugAndToAnythingByKindAndSlug() {
        LoadResult result = load("stories", "tin.md", """
                ---
                title: Tin
                date: 2023-11-02
                summary: Tóm tắt.
                sources: [{title: Báo}]
                models: [dan-tham, decisions/qd-666, /dan-tham]
                related: [' models/dan-tham ', models/, /dan-tham, vat/dan-tham, {a: b}]
                ---
                """);
        Entry story = result.content().entries().get(0);
        StoryDetails details = (StoryDetails) story.details();
        assertEquals(List.of("MODEL dan-tham", "DECISION qd-666"),
                details.models().stream().map(r -> r.kind() + " " + r.slug()).toList());
        assertEquals(List.of("MODEL dan-tham"), story.related().stream().map(r -> r.kind() + " " + r.slug()).toList());
        String form = " phải có dạng loại/slug, ví dụ decisions/qd-666-2022 hoặc models/dan-tham-luc-binh";
        assertEquals(List.of(
                "content/stories/tin.md:6:10: không có bài models/dan-tham",
                "content/stories/tin.md:6:20: không có bài decisions/qd-666",
                "content/stories/tin.md:6:38: tham chiếu \"/dan-tham\"" + form,
                "content/stories/tin.md:7:11: không có bài models/dan-tham",
                "content/stories/tin.md:7:32: tham chiếu \"models/\"" + form,
                "content/stories/tin.md:7:41: tham chiếu \"/dan-tham\"" + form,
                "content/stories/tin.md:7:52: tham chiếu \"vat/dan-tham\"" + form,
                "content/stories/tin.md:7:66: mỗi mục của \"related\" phải là một giá trị đơn"), problems(result));
    }

    @Test
    void anAliasThatIsNotAPathIsReportedAndTheOthersKept() {
        LoadResult result = model("aliases: [/mo-hinh/cu/, {a: b}, '/mo-hinh/cu-2']\n");
        assertEquals(List.of("content/models/x.md:9:25: mỗi mục của \"aliases\" phải là một đường dẫn, ví dụ /mo-hinh/ten-cu/"),
                problems(result));
        assertEquals(List.of("mo-hinh/cu/", "mo-hinh/cu-2/"), only(result).aliases().stream().map(Alias::path).toList());
    }
}
