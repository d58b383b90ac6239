package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.DocumentFile;
import vn.vinguoingheo.portal.content.DocumentStatus;
import vn.vinguoingheo.portal.content.DocumentType;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.SiteConfig;

/** The publisher block of site.yaml and the document fields of decisions, as the loader reads and checks them. */
class OfficialFieldsTest {

    @TempDir
    Path tmp;

    private static final String DECISION = """
            ---
            title: Quyết định thử
            number: 12/QĐ-UBND
            issued: 2022-06-02
            issuer: UBND tỉnh Hà Tĩnh
            summary: Tóm tắt.
            ---
            Nội dung.
            """;

    private static final String PUBLISHER = """
            publisher:
              agency: Sở Thử nghiệm
              responsible: {name: Nguyễn Văn A, position: Giám đốc}
              address: Số 1 đường Thử
              phone: 0239 000 000
              email: so@thu.example.vn
              focal_contact: {name: Trần Thị B, position: Chuyên viên, unit: Văn phòng, phone: 0239 000 001, email: b@thu.example.vn}
            """;

    private LoadResult load(String siteYamlExtra, String decision) {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: https://thu.example.vn/\n" + siteYamlExtra);
        if (decision != null) {
            TestSites.write(site, "content/decisions/qd.md", decision);
        }
        return ContentLoader.load(site);
    }

    private static List<String> messages(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    /** The problems but the advice that {@link #DECISION} names no source. */
    private static List<String> withoutSourceAdvice(LoadResult result) {
        return messages(result).stream().filter(m -> !m.equals("content/decisions/qd.md:2:1: cảnh báo: chưa có nguồn (sources): "
                + "người đọc cần biết thông tin lấy từ đâu")).toList();
    }

    private static DecisionDetails details(LoadResult result) {
        return (DecisionDetails) result.content().entries().get(0).details();
    }

    @Test
    void readsThePublisherBlockWithItsDefaultReuseLine() {
        LoadResult result = load(PUBLISHER, null);
        assertEquals(List.of(), messages(result));
        SiteConfig.Publisher p = result.content().config().publisher();
        assertEquals("Sở Thử nghiệm", p.agency());
        assertEquals(new SiteConfig.Person("Nguyễn Văn A", "Giám đốc", null, null, null), p.responsible());
        assertEquals(new SiteConfig.Person("Trần Thị B", "Chuyên viên", "Văn phòng", "0239 000 001", "b@thu.example.vn"), p.focal());
        assertNull(p.licence());
        assertEquals(List.of("Số 1 đường Thử", "0239 000 000", "so@thu.example.vn"), List.of(p.address(), p.phone(), p.email()));
        assertEquals("Ghi rõ nguồn “Thử” (https://thu.example.vn/) khi phát hành lại thông tin từ trang này.", p.reuse());
        assertEquals(new SiteConfig.DataPolicy(null, null, "Nguồn: “Thử” (https://thu.example.vn/).", 6),
                result.content().config().dataPolicy());
    }

    @Test
    void aPublisherBlockMissingWhatTheRulesAskIsReportedWhereItIs() {
        LoadResult result = load("publisher:\n  agency: Sở Thử\n  responsible: {name: A}\n  email: khong-phai-email\n", null);
        assertEquals(List.of(
                "content/site.yaml:4:3: thiếu trường bắt buộc \"address\"",
                "content/site.yaml:4:3: thiếu trường bắt buộc \"focal_contact\"",
                "content/site.yaml:4:3: thiếu trường bắt buộc \"phone\"",
                "content/site.yaml:5:16: thiếu trường bắt buộc \"position\"",
                "content/site.yaml:6:10: \"khong-phai-email\" không phải địa chỉ e-mail (ví dụ lienhe@so.gov.vn)"),
                messages(result));
    }

    @Test
    void readsDocumentFieldsWrittenAsCodesOrWords() {
        LoadResult result = load("", DECISION.replace("summary:", """
                document_type: Quyết định
                effective: 2022-07-01
                status: còn hiệu lực
                updated: 2023-01-05
                summary:"""));
        assertEquals(List.of(), messages(result).stream().filter(m -> !m.contains("cảnh báo")).toList());
        DecisionDetails d = details(result);
        assertEquals(DocumentType.QUYET_DINH, d.documentType());
        assertEquals(LocalDate.of(2022, 7, 1), d.effective());
        assertEquals(DocumentStatus.IN_FORCE, d.status());
        assertEquals(LocalDate.of(2023, 1, 5), result.content().entries().get(0).updated());
        assertEquals(LocalDate.of(2023, 1, 5), result.content().entries().get(0).lastChanged());
    }

    @Test
    void optionalDocumentFieldsLeftOutStayEmpty() {
        DecisionDetails d = details(load("", DECISION));
        assertNull(d.documentType());
        assertNull(d.effective());
        assertNull(d.status());
        assertNull(d.file());
        assertNull(d.signer());
    }

    @Test
    void badDocumentFieldsAreReportedWhereTheyAreWritten() {
        LoadResult result = load("", DECISION.replace("summary:", """
                document_type: sắc lệnh
                status: tạm ngưng
                updated: 2022-01-01
                file: van-ban.docx
                summary:"""));
        List<String> errors = messages(result).stream().filter(m -> !m.contains("cảnh báo")).toList();
        assertEquals(List.of(
                "content/decisions/qd.md:6:16: loại văn bản \"sắc lệnh\" không có; dùng một trong: luat, nghi-quyet, nghi-dinh, "
                        + "quyet-dinh, chi-thi, thong-tu, ke-hoach, ket-luan, huong-dan, cong-van, thong-bao, bao-cao, khac",
                "content/decisions/qd.md:7:9: tình trạng \"tạm ngưng\" không có; dùng con-hieu-luc, bi-thay-the hoặc het-hieu-luc",
                "content/decisions/qd.md:8:10: ngày cập nhật (updated) 2022-01-01 trước ngày đăng 2022-06-02; ghi ngày bài được sửa nội dung lần cuối",
                "content/decisions/qd.md:9:7: tệp đính kèm \"van-ban.docx\" phải là tệp PDF (.pdf)"), errors);
    }

    @Test
    void aReplacementMustBeADecisionOfTheSiteOrIsKeptAsText() {
        LoadResult broken = load("", DECISION.replace("summary:", "status: bi-thay-the\nreplaced_by: decisions/khong-co\nsummary:"));
        assertTrue(messages(broken).contains("content/decisions/qd.md:7:14: không có bài decisions/khong-co"), messages(broken)::toString);
        LoadResult text = load("", DECISION.replace("summary:", "status: đã bị thay thế\nreplaced_by: Quyết định 99/QĐ-UBND\nsummary:"));
        assertEquals(DocumentStatus.REPLACED, details(text).status());
        assertEquals("Quyết định 99/QĐ-UBND", details(text).replacedByText());
        assertNull(details(text).replacedBy());
    }

    @Test
    void aPersonsUnknownKeyIsWarnedAndAReplacedDocumentIsAskedWhatReplacedIt() {
        LoadResult person = load(PUBLISHER.replace("{name: Nguyễn Văn A, position: Giám đốc}",
                "{name: Nguyễn Văn A, position: Giám đốc, chuc_vu: x}"), null);
        // "  responsible: {name: Nguyễn Văn A, position: Giám đốc, chuc_vu: x}": chuc_vu starts in column 57
        assertEquals(List.of("content/site.yaml:5:57: cảnh báo: trường \"chuc_vu\" không có trong quy ước nội dung, sẽ bị bỏ qua"),
                messages(person));
        LoadResult replaced = load("", DECISION.replace("summary:", "status: bi-thay-the\nsummary:"));
        assertEquals(List.of("content/decisions/qd.md:6:9: cảnh báo: văn bản đã bị thay thế: nên ghi replaced_by "
                + "(ví dụ decisions/qd-moi hoặc số hiệu văn bản thay thế)"), withoutSourceAdvice(replaced));
    }

    @Test
    void anAttachedFileWrittenAsAPathOutsideTheSiteIsRefused() {
        for (String written : List.of("/tmp/qd.pdf", "'C:\\van-ban\\qd.pdf'", "../../../qd.pdf")) {
            String shown = written.replace("'", "").replace("\\\\", "\\");
            List<String> problems = withoutSourceAdvice(load("", DECISION.replace("summary:", "file: " + written + "\nsummary:")));
            String expected = written.startsWith("..")
                    ? "content/decisions/qd.md:6:7: không tìm thấy tệp văn bản \"" + shown + "\" (đặt tệp PDF trong assets/ hoặc cạnh bài viết)"
                    : "content/decisions/qd.md:6:7: tệp văn bản \"" + shown + "\" phải nằm trong assets/ hoặc cạnh bài viết";
            assertEquals(List.of(expected), problems, written);
        }
    }

    @Test
    void theAttachedFileMustBeAPdfInsideTheSite() throws IOException {
        LoadResult missing = load("", DECISION.replace("summary:", "file: khong-co.pdf\nsummary:"));
        assertTrue(messages(missing).contains("content/decisions/qd.md:6:7: không tìm thấy tệp văn bản \"khong-co.pdf\" "
                + "(đặt tệp PDF trong assets/ hoặc cạnh bài viết)"), messages(missing)::toString);

        Path site = tmp.resolve("site");
        Files.writeString(site.resolve("content/decisions/gia.pdf"), "không phải PDF");
        TestSites.write(site, "content/decisions/qd.md", DECISION.replace("summary:", "file: gia.pdf\nsummary:"));
        assertTrue(messages(ContentLoader.load(site)).contains("content/decisions/qd.md:6:7: tệp văn bản \"gia.pdf\" không phải PDF "
                + "(tệp PDF bắt đầu bằng %PDF-)"));

        Files.createDirectories(site.resolve("assets/van-ban"));
        Files.write(site.resolve("assets/van-ban/qd.pdf"), "%PDF-1.4\n%%EOF\n".getBytes());
        TestSites.write(site, "content/decisions/qd.md", DECISION.replace("summary:", "file: /assets/van-ban/qd.pdf\nsummary:"));
        LoadResult found = ContentLoader.load(site);
        assertFalse(found.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR), messages(found)::toString);
        DocumentFile file = details(found).file();
        assertEquals(List.of("/assets/van-ban/qd.pdf", "assets/van-ban/qd.pdf", 15L),
                List.of(file.path(), file.source(), file.bytes()));
    }

    @Test
    void anOpenDataPolicyTakesWholeMonthsFromOneToSixtyAndAWebLicence() {
        LoadResult result = load("open_data: {licence: CC BY 4.0, licence_url: https://creativecommons.org/licenses/by/4.0/, "
                + "citation: Nguồn Sở Thử., review_months: 60}\n", null);
        assertEquals(List.of(), messages(result));
        assertEquals(new SiteConfig.DataPolicy("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "Nguồn Sở Thử.", 60),
                result.content().config().dataPolicy());
        assertEquals(1, load("open_data: {review_months: 1}\n", null).content().config().dataPolicy().reviewMonths());
        assertEquals(3, load("open_data: {review_months: 3.0}\n", null).content().config().dataPolicy().reviewMonths());

        String months = "review_months phải là số tháng nguyên từ 1 đến 60";
        for (String refused : List.of("0", "61", "-2", "1.5")) {
            LoadResult bad = load("open_data: {review_months: " + refused + "}\n", null);
            // "open_data: {review_months: " is 27 characters: the value starts in column 28
            assertEquals(List.of("content/site.yaml:3:28: " + months), messages(bad), refused);
            assertEquals(6, bad.content().config().dataPolicy().reviewMonths(), "the default stands in for a refused value");
        }
        LoadResult ftp = load("open_data: {licence_url: ftp://x.vn/l}\n", null);
        assertEquals(List.of("content/site.yaml:3:26: licence_url phải bắt đầu bằng http:// hoặc https://"), messages(ftp));
        assertNull(ftp.content().config().dataPolicy().licenceUrl());
    }
}
