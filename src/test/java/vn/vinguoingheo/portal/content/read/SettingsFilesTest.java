package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.ResultFigure;

/**
 * A site's own model types, indicators and results files, and its base URL: what each becomes and
 * the exact problems reported (line and column counted by hand in the text written).
 */
class SettingsFilesTest {

    @TempDir
    Path tmp;

    private int sites;

    /** A minimal site of its own with {@code files} (path, text, path, text…) added. */
    private LoadResult load(String... files) {
        Path site = TestSites.minimal(tmp.resolve("s" + sites++));
        for (int i = 0; i < files.length; i += 2) {
            TestSites.write(site, files[i], files[i + 1]);
        }
        return ContentLoader.load(site);
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().filter(p -> !p.isNote()).map(Problem::toString).toList();
    }

    @Test
    void modelTypesAreAsciiCodesWithALabelInWrittenOrder() {
        LoadResult result = load("content/model-types.yaml", """
                viec-lam: {label: Việc làm, description: Dạy nghề.}
                Sinh Ke: {label: Sinh kế}
                nha-o: Nhà ở
                y-te: {labl: Y tế}
                sinh-ke: {label: ' Sinh kế '}
                """);
        assertEquals(List.of(
                "content/model-types.yaml:2:1: mã \"Sinh Ke\" phải là chữ thường không dấu, nối bằng gạch ngang",
                "content/model-types.yaml:3:8: mục \"nha-o\" phải là bảng \"khoá: giá trị\", không phải chuỗi",
                "content/model-types.yaml:4:7: thiếu trường bắt buộc \"label\"",
                "content/model-types.yaml:4:8: cảnh báo: trường \"labl\" không có trong quy ước nội dung, sẽ bị bỏ qua; có phải \"label\"?"),
                problems(result));
        assertEquals(List.of(new ModelType("viec-lam", "Việc làm", "Dạy nghề."), new ModelType("sinh-ke", "Sinh kế", null)),
                List.copyOf(result.content().modelTypes().values()));
    }

    @Test
    void indicatorsDefaultToLowerIsBetterAndNoUnit() {
        LoadResult result = load("content/indicators.yaml", """
                poor-household-rate: {label: Tỷ lệ hộ nghèo, unit: "%", group: Giảm nghèo}
                income: {label: Thu nhập, better: higher}
                houses: {label: Nhà}
                """);
        assertEquals(List.of(), problems(result));
        assertEquals(List.of(
                new Indicator("poor-household-rate", "Tỷ lệ hộ nghèo", "%", Indicator.Better.LOWER, "Giảm nghèo", null),
                new Indicator("income", "Thu nhập", "", Indicator.Better.HIGHER, null, null),
                new Indicator("houses", "Nhà", "", Indicator.Better.LOWER, null, null)),
                List.copyOf(result.content().indicators().values()));
    }

    @Test
    void anIndicatorsCodeAndDirectionAreChecked() {
        LoadResult result = load("content/indicators.yaml", """
                muc-tieu: {label: Mục tiêu}
                rate: {label: Tỷ lệ, better: less}
                """);
        assertEquals(List.of(
                "content/indicators.yaml:1:11: mã chỉ tiêu \"muc-tieu\" đã dành cho trang danh sách mục tiêu; đặt mã khác",
                "content/indicators.yaml:2:30: better \"less\" không hợp lệ; dùng lower hoặc higher"), problems(result));
        assertEquals(List.of(), List.copyOf(result.content().indicators().keySet()));
    }

    @Test
    void aChangeIsOfAnotherIndicatorThatIsALevel() {
        LoadResult result = load("content/indicators.yaml", """
                rate: {label: Tỷ lệ}
                drop: {label: Giảm, change_of: rate}
                self: {label: Tự, change_of: self}
                twice: {label: Hai lần, change_of: drop}
                lost: {label: Mất, change_of: nowhere-at-all}
                near: {label: Gần, change_of: rats}
                """);
        assertEquals(List.of(
                "content/indicators.yaml:3:30: change_of \"self\" phải là chỉ tiêu mức (tỷ lệ, số lượng), không phải chính chỉ tiêu này",
                "content/indicators.yaml:4:36: change_of \"drop\" phải là chỉ tiêu mức (tỷ lệ, số lượng), không phải một mức thay đổi khác",
                "content/indicators.yaml:5:31: change_of \"nowhere-at-all\" không có trong indicators.yaml; ghi mã của chỉ tiêu mà "
                        + "lost là mức thay đổi, ví dụ poor-household-rate",
                "content/indicators.yaml:6:31: change_of \"rats\" không có trong indicators.yaml; có phải \"rate\"?"), problems(result));
        assertEquals("rate", result.content().indicators().get("drop").changeOf());
    }

    private static final String INDICATORS = "content/indicators.yaml";
    private static final String RATE = "rate: {label: Tỷ lệ, unit: \"%\"}\n";

    @Test
    void aResultsFileIsAListOfFiguresEachWithAYearOrAPeriod() {
        LoadResult result = load(INDICATORS, RATE, "content/results/a.yaml", """
                - {area: can-tho, indicator: rate, year: 2023, value: 2.5, source: {title: Cục Thống kê}}
                - {area: can-tho, indicator: rate, period: {from: 2021, to: 2025}, value: 1, kind: target}
                - {area: can-tho, indicator: rate, value: 3, kind: estimate, nam: 2023}
                - {area: can-tho, indicator: rate, year: 2024, value: 2, kind: guess}
                - {area: can-tho, indicator: rate, year: 2024, value: 2}
                """, "content/results/ghi-chu.txt", "x");
        assertEquals(List.of(
                "content/results/a.yaml:3:3: thiếu \"year\" (hoặc \"period: {from, to}\")",
                "content/results/a.yaml:3:62: cảnh báo: trường \"nam\" không có trong quy ước nội dung, sẽ bị bỏ qua",
                "content/results/a.yaml:4:64: kind \"guess\" không hợp lệ; dùng actual, target hoặc estimate",
                "content/results/a.yaml:5:3: thiếu trường bắt buộc \"source\"",
                "content/results/ghi-chu.txt:1:1: cảnh báo: bỏ qua tệp không phải .yaml trong content/results/"), problems(result));
        List<ResultFigure> figures = result.content().results();
        assertEquals(List.of("2023 null ACTUAL 2.5", "null 2021–2025 TARGET 1", "2024 null ACTUAL 2"), figures.stream()
                .map(f -> f.year() + " " + Optional.ofNullable(f.period()).map(p -> p.from() + "–" + p.to()).orElse(null)
                        + " " + f.kind() + " " + f.value()).toList());
        assertEquals(new BigDecimal("2.5"), figures.get(0).value());
        assertEquals("Cục Thống kê", figures.get(0).source().title());
        assertNull(figures.get(1).source());
    }

    @Test
    void aResultsFileThatIsNotAListIsReported() {
        LoadResult result = load(INDICATORS, RATE, "content/results/a.yml", "area: can-tho\nindicator: rate\n");
        assertEquals(List.of("content/results/a.yml:1:1: tệp kết quả phải là một danh sách số liệu, mỗi mục bắt đầu bằng \"- area: …\""),
                problems(result));
    }

    @Test
    void baseUrlsAreAbsoluteHttpAndEndInASlash() {
        assertEquals(Optional.of(URI.create("https://thu.example.vn/")), BaseUrl.parse(" https://thu.example.vn "));
        assertEquals(Optional.of(URI.create("https://thu.example.vn/trang/")), BaseUrl.parse("HTTPS://thu.example.vn/trang"));
        assertEquals(Optional.of(URI.create("http://localhost:8080/a/b/")), BaseUrl.parse("http://localhost:8080/a/b/"));
        for (String refused : List.of("ftp://thu.example.vn/", "thu.example.vn", "/trang/", "https://thu.example.vn/?a=1",
                "https://thu.example.vn/#top", "https:///trang/", "https://thu example.vn/")) {
            assertEquals(Optional.empty(), BaseUrl.parse(refused), refused);
        }
    }

    @Test
    void aSiteWithoutAUsableBaseUrlIsReportedWhereItIsWritten() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: thu.example.vn\nlanguage: en\n");
        LoadResult result = ContentLoader.load(site);
        assertEquals(List.of("content/site.yaml:2:11: base_url \"thu.example.vn\" phải là địa chỉ đầy đủ, ví dụ https://vinguoingheo.gov.vn/"),
                problems(result));
        assertNull(result.content().config());

        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: https://thu.example.vn\nlanguage: en\n");
        assertEquals("en", ContentLoader.load(site).content().config().language());
        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: https://thu.example.vn\n");
        assertEquals("vi", ContentLoader.load(site).content().config().language());
    }
}
