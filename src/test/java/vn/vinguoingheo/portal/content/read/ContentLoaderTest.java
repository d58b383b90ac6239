package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.Alias;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.registry.Stage;

class ContentLoaderTest {

    @TempDir
    Path tmp;

    private static final String GOOD_MODEL = """
            ---
            title: Đan thảm lục bình
            province: can-tho
            model_type: sinh-ke
            date: 2023-04-06
            summary: Tóm tắt.
            ---
            Nội dung.
            """;

    private LoadResult loadWithModel(String name, String text) {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/models/" + name, text);
        return ContentLoader.load(site);
    }

    private static List<String> messages(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static void assertProblem(LoadResult result, String expectedStart) {
        assertTrue(messages(result).stream().anyMatch(m -> m.startsWith(expectedStart)),
                () -> "expected a problem starting with \"" + expectedStart + "\" but got " + messages(result));
    }

    @Test
    void readsAModelIntoARecord() {
        LoadResult result = loadWithModel("dan-tham.md", GOOD_MODEL.replace("Tóm tắt.", "Tóm tắt.\nstage: nhan-rong\nfigures:\n  - {label: Hộ thoát nghèo, value: 1009, unit: hộ, year: 2022}"));
        assertEquals(List.of(), result.errors());
        Entry entry = result.content().entries().get(0);
        assertEquals("dan-tham", entry.slug());
        assertEquals(Kind.MODEL, entry.kind());
        assertEquals("can-tho", entry.areas().get(0).code());
        ModelDetails model = (ModelDetails) entry.details();
        assertEquals(Stage.NHAN_RONG, model.stage());
        assertEquals("sinh-ke", model.modelTypes().get(0).code());
        assertEquals(new BigDecimal("1009"), model.figures().get(0).value());
        assertEquals("<p>Nội dung.</p>", entry.bodyHtml());
    }

    @Test
    void missingRequiredFieldIsReportedAtTheFrontMatter() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary: Tóm tắt.\n", ""));
        assertProblem(result, "content/models/x.md:2:1: thiếu trường bắt buộc \"summary\"");
        assertTrue(result.hasErrors());
    }

    @Test
    void unknownProvinceGetsASuggestion() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("province: can-tho", "province: Ha Tinhh"));
        assertProblem(result, "content/models/x.md:3:11: tỉnh/thành \"Ha Tinhh\" không có trong danh mục; có phải \"ha-tinh\"?");
    }

    @Test
    void provinceSpellingsAreAccepted() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("province: can-tho", "province: [TP.HCM, Bà Rịa - Vũng Tàu]"));
        assertFalse(result.hasErrors(), messages(result)::toString);
        assertEquals(List.of("ho-chi-minh", "ba-ria-vung-tau"),
                result.content().entries().get(0).areas().stream().map(a -> a.code()).toList());
    }

    @Test
    void unknownModelTypeGetsASuggestion() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("model_type: sinh-ke", "model_type: sinh-kee"));
        assertProblem(result, "content/models/x.md:4:13: loại mô hình \"sinh-kee\" không có trong model-types.yaml; có phải \"sinh-ke\"?");
    }

    @Test
    void unknownStageIsReported() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary: Tóm tắt.", "summary: Tóm tắt.\nstage: nhan-rongg"));
        assertProblem(result, "content/models/x.md:7:8: giai đoạn \"nhan-rongg\" không hợp lệ");
        assertTrue(messages(result).toString().contains("có phải \"nhan-rong\"?"));
    }

    @Test
    void impossibleAndMalformedDatesAreReported() {
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("2023-04-06", "2023-02-30")),
                "content/models/x.md:5:7: trường \"date\": ngày 2023-02-30 không có trong lịch");
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("2023-04-06", "06/04/2023")),
                "content/models/x.md:5:7: trường \"date\": \"06/04/2023\" không đúng định dạng ngày YYYY-MM-DD");
    }

    @Test
    void wrongTypesAreReported() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary: Tóm tắt.",
                "summary: Tóm tắt.\nfigures:\n  - {label: Tỷ lệ, value: \"2,93\"}\ndraft: có"));
        assertProblem(result, "content/models/x.md:8:27: trường \"value\" phải là số, không phải \"2,93\" (dùng dấu chấm");
        assertProblem(result, "content/models/x.md:9:8: trường \"draft\" phải là true hoặc false");
    }

    @Test
    void titleMustBeASingleValue() {
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("title: Đan thảm lục bình", "title: [a, b]")),
                "content/models/x.md:2:8: trường \"title\" phải là một giá trị đơn, không phải danh sách");
    }

    @Test
    void summaryOver300CharactersIsReported() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("Tóm tắt.", "a".repeat(301)));
        assertProblem(result, "content/models/x.md:6:10: tóm tắt dài 301 ký tự; tối đa 300");
    }

    @Test
    void malformedYamlIsReportedWhereItIs() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary: Tóm tắt.", "summary: \"chưa đóng ngoặc"));
        assertTrue(messages(result).stream().anyMatch(m -> m.startsWith("content/models/x.md:") && m.contains("YAML sai cú pháp")),
                messages(result)::toString);
    }

    @Test
    void duplicateKeysAreReported() {
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("date: 2023-04-06", "date: 2023-04-06\ntitle: Lặp")),
                "content/models/x.md:6:1: khoá \"title\" bị lặp lại (đã có ở dòng 2)");
    }

    @Test
    void fileWithoutFrontMatterIsReported() {
        assertProblem(loadWithModel("x.md", "Chỉ có nội dung.\n"), "content/models/x.md:1:1: thiếu phần đầu YAML");
        assertProblem(loadWithModel("y.md", "---\ntitle: a\n"), "content/models/y.md:1:1: phần đầu YAML không có dòng --- kết thúc");
        assertProblem(loadWithModel("z.md", ""), "content/models/z.md:1:1: tệp rỗng");
    }

    @Test
    void invalidUtf8IsReportedAtTheLine() throws IOException {
        Path site = TestSites.minimal(tmp);
        Path file = TestSites.write(site, "content/models/x.md", GOOD_MODEL);
        byte[] latin1 = "---\ntitle: Ch\u00e0o\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertProblem(ContentLoader.load(site), "content/models/x.md:2:10: tệp không phải văn bản UTF-8 hợp lệ");
    }

    @Test
    void binaryJunkIsReportedNotThrown() throws IOException {
        Path site = TestSites.minimal(tmp);
        Files.createDirectories(site.resolve("content/models"));
        Files.write(site.resolve("content/models/x.md"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
        LoadResult result = ContentLoader.load(site);
        assertTrue(result.hasErrors());
        assertTrue(messages(result).get(0).startsWith("content/models/x.md:1:"));
    }

    @Test
    void hugeFilesAreRefusedWithoutReadingThem() throws IOException {
        Path site = TestSites.minimal(tmp);
        Path file = TestSites.write(site, "content/models/x.md", GOOD_MODEL);
        Files.write(file, new byte[10 * 1024 * 1024], java.nio.file.StandardOpenOption.APPEND);
        assertProblem(ContentLoader.load(site), "content/models/x.md:1:1: tệp quá lớn (10240 KB; tối đa 2048 KB)");
    }

    @Test
    void linksLeadingOutsideTheSiteAreRefused() throws IOException {
        Path site = TestSites.minimal(tmp);
        Path secret = TestSites.write(tmp, "secret.txt", "bí mật");
        Files.createDirectories(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/style.css"), secret);
        Files.createDirectories(site.resolve("content/models"));
        Files.createSymbolicLink(site.resolve("content/models/x.md"), secret);
        LoadResult result = ContentLoader.load(site);
        assertProblem(result, "assets/style.css:1:1: tệp là liên kết trỏ ra ngoài thư mục trang");
        assertProblem(result, "content/models/x.md:1:1: tệp là liên kết trỏ ra ngoài thư mục trang");
    }

    @Test
    void olderSpellingsStillBuildWithAWarningNamingTheNewOne() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("province:", "provinces:").replace("model_type:", "model_types:"));
        assertFalse(result.hasErrors(), messages(result)::toString);
        assertProblem(result, "content/models/x.md:3:1: cảnh báo: trường \"provinces\" nay viết là \"province\"");
        assertProblem(result, "content/models/x.md:4:1: cảnh báo: trường \"model_types\" nay viết là \"model_type\"");
        assertEquals("can-tho", result.content().entries().get(0).areas().get(0).code());
        assertProblem(loadWithModel("y.md", GOOD_MODEL.replace("province: can-tho", "province: can-tho\nprovinces: ha-tinh")),
                "content/models/y.md:4:1: có cả \"provinces\" (cách viết cũ) và \"province\"");
    }

    @Test
    void editorialAdviceIsAWarningNotAnError() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("Tóm tắt.", "b".repeat(250)));
        assertFalse(result.hasErrors(), messages(result)::toString);
        assertProblem(result, "content/models/x.md:2:1: cảnh báo: chưa có nguồn (sources)");
        assertProblem(result, "content/models/x.md:2:1: cảnh báo: mô hình chưa có phần cách nhân rộng (replication)");
        assertProblem(result, "content/models/x.md:2:1: cảnh báo: tóm tắt dài 250 ký tự");
    }

    @Test
    void expiresMustComeAfterTheDate() {
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("summary:", "expires: 2023-01-01\nsummary:")),
                "content/models/x.md:6:10: ngày gỡ bài (expires) 2023-01-01 phải sau ngày đăng 2023-04-06");
    }

    @Test
    void kindMustAgreeWithFolder() {
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("title:", "kind: story\ntitle:")),
                "content/models/x.md:2:7: kind \"story\" không khớp với thư mục content/models/");
    }

    @Test
    void invalidFileNameGetsSlugFromTitle() {
        LoadResult result = loadWithModel("Đan Thảm (bản 2).md", GOOD_MODEL);
        assertFalse(result.hasErrors(), messages(result)::toString);
        assertEquals("dan-tham-luc-binh", result.content().entries().get(0).slug());
    }

    @Test
    void duplicateSlugsAreReported() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/models/dan-tham-luc-binh.md", GOOD_MODEL);
        TestSites.write(site, "content/models/Đan thảm lục bình.md", GOOD_MODEL);
        LoadResult result = ContentLoader.load(site);
        assertProblem(result, "content/models/Đan thảm lục bình.md:1:1: đường dẫn \"dan-tham-luc-binh\" trùng với content/models/dan-tham-luc-binh.md");
    }

    @Test
    void brokenReferencesAreReportedWithASuggestion() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/models/dan-tham.md", GOOD_MODEL);
        TestSites.write(site, "content/stories/tin.md", """
                ---
                title: Tin
                date: 2023-01-01
                summary: Tóm tắt.
                models: [dan-thamm]
                related: [decisions/khong-co, hello]
                ---
                """);
        LoadResult result = ContentLoader.load(site);
        assertProblem(result, "content/stories/tin.md:5:10: không có bài models/dan-thamm; có phải \"dan-tham\"?");
        assertProblem(result, "content/stories/tin.md:6:11: không có bài decisions/khong-co");
        assertProblem(result, "content/stories/tin.md:6:31: tham chiếu \"hello\" phải có dạng loại/slug");
    }

    @Test
    void aliasesArePathsUnderTheSiteNormalisedToFoldersOrHtmlFiles() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary: Tóm tắt.\n",
                "summary: Tóm tắt.\naliases: [/mo-hinh/ten-cu, tin-tuc/bai-cu.html, /mo-hinh/khac/]\n"));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("mo-hinh/ten-cu/", "tin-tuc/bai-cu.html", "mo-hinh/khac/"),
                result.content().entries().get(0).aliases().stream().map(Alias::path).toList());
    }

    @Test
    void badAliasesAreReportedWhereTheyAreWritten() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary: Tóm tắt.\n", """
                summary: Tóm tắt.
                aliases:
                  - https://cu.example.vn/mo-hinh/a/
                  - /index.php?id=12
                  - /mo-hinh/../bi-mat/
                  - /mô-hình/cũ/
                  - /tai-lieu/ban-cu.pdf
                  - /
                """));
        assertProblem(result, "content/models/x.md:8:5: aliases \"https://cu.example.vn/mo-hinh/a/\": ghi đường dẫn trong trang");
        assertProblem(result, "content/models/x.md:9:5: aliases \"/index.php?id=12\": trang tĩnh không phân biệt");
        assertProblem(result, "content/models/x.md:10:5: aliases \"/mo-hinh/../bi-mat/\": đường dẫn có đoạn rỗng, \".\" hoặc \"..\"");
        assertProblem(result, "content/models/x.md:11:5: aliases \"/mô-hình/cũ/\": chỉ dùng chữ không dấu");
        assertProblem(result, "content/models/x.md:12:5: aliases \"/tai-lieu/ban-cu.pdf\": chỉ chuyển được thư mục");
        assertProblem(result, "content/models/x.md:13:5: aliases \"/\": không thể chuyển trang chủ");
        assertTrue(result.content().entries().get(0).aliases().isEmpty());
    }

    @Test
    void unknownFieldsAreWarningsWithSuggestions() {
        LoadResult result = loadWithModel("x.md", GOOD_MODEL.replace("summary:", "sumary: x\nsummary:"));
        assertProblem(result, "content/models/x.md:6:1: cảnh báo: trường \"sumary\" không có trong quy ước nội dung, sẽ bị bỏ qua; có phải \"summary\"?");
        assertFalse(result.hasErrors());
    }

    @Test
    void imageNeedsAltTextAndMustStayInsideTheSite() {
        assertProblem(loadWithModel("x.md", GOOD_MODEL.replace("summary:", "image: assets/a.jpg\nsummary:")),
                "content/models/x.md:6:8: có \"image\" thì phải có \"image_alt\"");
        assertProblem(loadWithModel("y.md", GOOD_MODEL.replace("summary:", "image: ../../../etc/passwd\nimage_alt: x\nsummary:")),
                "content/models/y.md:6:8: ảnh \"../../../etc/passwd\" nằm ngoài thư mục trang");
        assertProblem(loadWithModel("z.md", GOOD_MODEL.replace("summary:", "image: assets/khong-co.jpg\nimage_alt: x\nsummary:")),
                "content/models/z.md:6:8: không tìm thấy ảnh \"assets/khong-co.jpg\"");
    }

    @Test
    void aBodyThatCannotBeConvertedIsReportedAtTheLineWhereItGoesWrong() {
        String deep = GOOD_MODEL + "\n\n- một\n- hai\n\n" + "  " + ">".repeat(30_000) + " quá sâu\n\nCuối.\n";
        int line = (int) deep.lines().takeWhile(l -> !l.contains(">>>>")).count() + 1;
        int column = 3;
        assertProblem(loadWithModel("x.md", deep), "content/models/x.md:" + line + ":" + column + ": không chuyển được nội dung Markdown");
    }

    @Test
    void imagesMustBeReadable() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "assets/anh/gia.jpg", "không phải ảnh");
        TestSites.write(site, "content/models/x.md", GOOD_MODEL.replace("summary:", "image: assets/anh/gia.jpg\nimage_alt: x\nsummary:"));
        assertProblem(ContentLoader.load(site), "content/models/x.md:6:8: ảnh \"assets/anh/gia.jpg\": tệp không phải là ảnh hoặc bị hỏng; "
                + "mở ảnh bằng phần mềm xem ảnh và lưu lại dưới dạng JPEG");
    }

    @Test
    void oneBadFileDoesNotHideAnother() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/models/a.md", GOOD_MODEL.replace("province: can-tho", "province: xyz"));
        TestSites.write(site, "content/models/b.md", GOOD_MODEL.replace("2023-04-06", "2023-13-01"));
        TestSites.write(site, "content/models/c.md", GOOD_MODEL);
        LoadResult result = ContentLoader.load(site);
        assertEquals(2, result.errors().size(), messages(result)::toString);
        assertTrue(result.errors().get(0).location().file().endsWith("a.md"));
        assertTrue(result.errors().get(1).location().file().endsWith("b.md"));
    }

    @Test
    void decisionsDefaultToTheWholeCountryAndReadTargets() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/decisions/qd.md", """
                ---
                title: Quyết định
                number: 666/QĐ-TTg
                issued: 2022-06-02
                issuer: Thủ tướng Chính phủ
                summary: Kế hoạch.
                targets:
                  - {indicator: poor-household-rate, year: 2025, value: 1, comparison: "<"}
                ---
                """);
        LoadResult result = ContentLoader.load(site);
        assertProblem(result, "content/decisions/qd.md:8:72: comparison \"<\" không hợp lệ");
        Entry decision = result.content().entries().get(0);
        assertEquals("vn", decision.areas().get(0).code());
        assertEquals("666/QĐ-TTg", ((DecisionDetails) decision.details()).number());
    }

    @Test
    void resultConflictsAreReported() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/results/a.yaml", """
                - {area: ha-tinh, indicator: poor-household-rate, year: 2022, value: 3.01, source: {title: A}}
                """);
        TestSites.write(site, "content/results/b.yaml", """
                - {area: Hà Tĩnh, indicator: poor-household-rate, year: 2022, value: 3.1, source: {title: B}}
                - {area: ha-tinh, indicator: poor-household-rate, year: 2022, value: 3.01, source: {title: C}}
                """);
        LoadResult result = ContentLoader.load(site);
        assertEquals(1, result.errors().size(), messages(result)::toString);
        assertProblem(result, "content/results/b.yaml:1:3: số liệu mâu thuẫn: poor-household-rate của ha-tinh năm 2022 là 3.1 ở đây nhưng 3.01 ở content/results/a.yaml:1:3");
    }

    @Test
    void changeOfNamesAKnownLevelIndicator() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/indicators.yaml", """
                rate:
                  label: Tỷ lệ
                  unit: "%"
                rate-change:
                  label: Mức thay đổi tỷ lệ
                  unit: điểm %
                  change_of: rat
                other-change:
                  label: Mức thay đổi khác
                  change_of: rate-change
                grouped:
                  label: Có nhóm
                  group: Hộ nghèo
                muc-tieu:
                  label: Mục tiêu
                """);
        LoadResult result = ContentLoader.load(site);
        assertEquals(3, result.errors().size(), messages(result)::toString);
        assertProblem(result, "content/indicators.yaml:15:3: mã chỉ tiêu \"muc-tieu\" đã dành cho trang danh sách mục tiêu; đặt mã khác");
        assertProblem(result, "content/indicators.yaml:7:14: change_of \"rat\" không có trong indicators.yaml; có phải \"rate\"?");
        assertProblem(result, "content/indicators.yaml:10:14: change_of \"rate-change\" phải là chỉ tiêu mức (tỷ lệ, số lượng), không phải một mức thay đổi khác");
        assertEquals("Hộ nghèo", result.content().indicators().get("grouped").group());
    }

    @Test
    void resultsNeedASourceForActualFiguresAndKnownIndicators() {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/results/a.yaml", """
                - area: ha-tinh
                  indicator: poor-household-rat
                  year: 2022
                  value: 3.01
                - area: vn
                  indicator: poor-household-rate
                  value: 2.93
                  kind: estimate
                """);
        LoadResult result = ContentLoader.load(site);
        assertProblem(result, "content/results/a.yaml:1:3: thiếu trường bắt buộc \"source\"");
        assertProblem(result, "content/results/a.yaml:2:14: chỉ tiêu \"poor-household-rat\" không có trong indicators.yaml; có phải \"poor-household-rate\"?");
        assertProblem(result, "content/results/a.yaml:5:3: thiếu \"year\"");
    }

    @Test
    void siteYamlIsRequiredAndChecked() {
        Path site = tmp.resolve("site");
        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: vinguoingheo.gov.vn\n");
        assertProblem(ContentLoader.load(site), "content/site.yaml:2:11: base_url \"vinguoingheo.gov.vn\" phải là địa chỉ đầy đủ");
        Path empty = tmp.resolve("empty");
        TestSites.write(empty, "content/models/a.md", GOOD_MODEL);
        assertProblem(ContentLoader.load(empty), "content/site.yaml:1:1: thiếu tệp content/site.yaml");
        assertProblem(ContentLoader.load(tmp.resolve("none")), "content:1:1: không có thư mục content/");
    }

    @Test
    void crlfBomAndDecomposedTextAreNormalised() {
        String nfd = java.text.Normalizer.normalize(GOOD_MODEL, java.text.Normalizer.Form.NFD).replace("\n", "\r\n");
        LoadResult result = loadWithModel("x.md", "\uFEFF" + nfd);
        assertFalse(result.hasErrors(), messages(result)::toString);
        assertEquals("Đan thảm lục bình", result.content().entries().get(0).title());
    }

    @Test
    void modelTypesAreTheSitesOwnOrElseTheBuiltInOnes() {
        Path site = TestSites.minimal(tmp);
        Map<String, ModelType> builtIn = ContentLoader.modelTypes(site);
        assertEquals("Sinh kế, phát triển sản xuất", builtIn.get("sinh-ke").label());
        TestSites.write(site, "content/model-types.yaml", "nha-o: {label: Nhà ở}\n");
        assertEquals(List.of("nha-o"), List.copyOf(ContentLoader.modelTypes(site).keySet()));
    }

    @Test
    void markdownConvertedOnceIsTakenFromTheBuildCacheAndABodyThatFailsIsNeverKept() throws IOException {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/models/dan-tham.md", GOOD_MODEL);
        TestSites.write(site, "content/models/sau.md", GOOD_MODEL.replace("Nội dung.", ">".repeat(100_000) + " x"));
        BuildCache cache = BuildCache.open(tmp.resolve("cache"), BuildCache.DEFAULT_MAX_BYTES);
        LoadResult first = ContentLoader.load(site, EntryCache.none(), cache);
        assertEquals(List.of(0L, 2L), List.of(cache.hits(), cache.misses()), "both bodies looked for, neither found");
        LoadResult second = ContentLoader.load(site, EntryCache.none(), cache);
        assertEquals(List.of(1L, 3L), List.of(cache.hits(), cache.misses()), "the body that converted was kept, the other not");
        assertEquals(messages(first), messages(second), "the body that fails is reported again");
        assertEquals(1, second.errors().size(), messages(second)::toString);
        assertEquals("<p>Nội dung.</p>", second.content().entries().stream().filter(e -> e.slug().equals("dan-tham"))
                .findFirst().orElseThrow().bodyHtml());
    }
}
