package vn.vinguoingheo.portal.content.check;

import static vn.vinguoingheo.portal.content.check.FieldSpec.nested;
import static vn.vinguoingheo.portal.content.check.FieldSpec.optional;
import static vn.vinguoingheo.portal.content.check.FieldSpec.required;
import static vn.vinguoingheo.portal.content.check.FieldType.*;

import java.util.ArrayList;
import java.util.List;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.read.EditorNotes;

/**
 * The front-matter fields of each kind of entry, as docs/content-spec.md states them: the one
 * description that the reader's known-field checks and the generated CMS configuration both use.
 */
public final class ContractSchema {

    /** The longest summary, in characters: it is card text and the share description. */
    public static final int SUMMARY_MAX = 300;

    /** A source: {@code {title, publisher, date, url}}. */
    public static final List<FieldSpec> SOURCE = List.of(
            required("title", TEXT, "Tên bài, văn bản", null),
            optional("author", TEXT, "Tác giả", "Tên tác giả, nếu bài có ghi."),
            optional("publisher", TEXT, "Nơi đăng", "Ví dụ: daidoanket.vn, Cổng thông tin điện tử tỉnh."),
            optional("date", DATE, "Ngày đăng", "Bài chỉ ghi tháng thì viết YYYY-MM trong tệp, ví dụ 2023-10."),
            optional("url", URL, "Địa chỉ (URL)", "Bắt đầu bằng https:// hoặc http://."));

    /** A model's key figure: {@code {label, value, unit, year, source}}. */
    public static final List<FieldSpec> FIGURE = List.of(
            required("label", TEXT, "Chỉ số", "Ví dụ: Số hộ thoát nghèo."),
            required("value", NUMBER, "Giá trị", "Chỉ ghi số."),
            optional("unit", TEXT, "Đơn vị", "Ví dụ: hộ, %, triệu đồng."),
            optional("year", YEAR, "Năm", null),
            nested("source", OBJECT, "Nguồn của số liệu", null, SOURCE));

    /** What someone needs to copy a model: {@code {conditions, cost, steps, contact}}. */
    public static final List<FieldSpec> REPLICATION = List.of(
            optional("conditions", LONG_TEXT, "Điều kiện áp dụng", "Nơi muốn làm theo cần có những gì."),
            optional("cost", TEXT, "Chi phí", null),
            optional("steps", TEXT_LIST, "Các bước thực hiện", "Mỗi bước một dòng, theo thứ tự."),
            optional("suggested_by", TEXT, "Các bước do ai gợi ý",
                    "Điền khi các bước không phải cách làm do nguồn tin nêu, ví dụ: Ban biên tập. Trang ghi \"Gợi ý của …\"."),
            optional("contact", TEXT, "Liên hệ", "Đơn vị hoặc người có thể hướng dẫn."));

    /** A decision's period: {@code {from, to}}. */
    public static final List<FieldSpec> PERIOD = List.of(
            required("from", YEAR, "Từ năm", null),
            required("to", YEAR, "Đến năm", null));

    /** A decision's target: {@code {indicator, area, year, value, comparison}}. */
    public static final List<FieldSpec> TARGET = List.of(
            required("indicator", INDICATOR, "Chỉ tiêu", null),
            optional("area", AREA, "Địa bàn", "Bỏ trống nếu là địa bàn của văn bản."),
            required("year", YEAR, "Năm", null),
            required("value", NUMBER, "Mức", "Chỉ ghi số."),
            optional("comparison", COMPARISON, "So sánh",
                    "≤ không vượt quá, ≥ ít nhất, = đúng bằng, thay đổi: mức tăng, giảm so với kỳ trước. Bỏ trống là \"=\"."));

    private static final FieldSpec SUMMARY_FIELD = required("summary", SUMMARY, "Tóm tắt",
            "Một hai câu, tối đa " + SUMMARY_MAX + " ký tự: hiện trên thẻ bài và khi chia sẻ (Facebook, Zalo chỉ hiện khoảng "
                    + EditorialAdvice.PREVIEW_LENGTH + " ký tự đầu).");

    private static final List<FieldSpec> MODEL = List.of(
            required("title", TEXT, "Tên mô hình", null),
            required("date", PUBLICATION_DATE, "Ngày đăng", null),
            required("province", AREA_LIST, "Tỉnh, thành",
                    "Nơi có mô hình. Tên trước ngày 1/7/2025 vẫn dùng được; trang xếp bài vào tỉnh, thành hiện nay."),
            optional("locality", TEXT, "Địa bàn", "Xã, phường hoặc huyện cũ."),
            required("model_type", MODEL_TYPE_LIST, "Loại mô hình", null),
            optional("stage", STAGE, "Bước của phong trào",
                    "Mô hình đang ở bước nào: phát hiện, bồi dưỡng, tuyên truyền hay nhân rộng."),
            SUMMARY_FIELD,
            optional("recognised", YEAR, "Năm được công nhận điển hình", null),
            optional("organisations", TEXT_LIST, "Đơn vị, cá nhân thực hiện", null),
            optional("challenge", LONG_TEXT, "Vấn đề cần giải quyết", "Một hai câu."),
            optional("beneficiaries", TEXT, "Đối tượng thụ hưởng", "Ví dụ: hộ nghèo, hộ cận nghèo người Khmer."),
            optional("lessons", TEXT_LIST, "Bài học kinh nghiệm", "Mỗi bài học một câu."),
            nested("figures", OBJECT_LIST, "Số liệu nổi bật", null, FIGURE),
            nested("replication", OBJECT, "Cách nhân rộng", "Nên có, để nơi khác làm theo được.", REPLICATION),
            optional("replicated_in", PROVINCE_LIST, "Đã nhân rộng ở", null));

    private static final List<FieldSpec> DECISION = List.of(
            required("title", TEXT, "Tên văn bản", null),
            required("number", TEXT, "Số hiệu", "Ví dụ: 666/QĐ-TTg."),
            required("issued", DATE, "Ngày ban hành", null),
            required("issuer", TEXT, "Cơ quan ban hành", "Ví dụ: Thủ tướng Chính phủ, UBND tỉnh Bạc Liêu."),
            optional("signer", TEXT, "Người ký", "Chỉ ghi khi nguồn nêu rõ người ký."),
            optional("document_type", DOCUMENT_TYPE, "Loại văn bản", "Quyết định, kế hoạch, chỉ thị, nghị quyết, công văn…"),
            optional("effective", DATE, "Ngày có hiệu lực", "Chỉ ghi khi văn bản hoặc nguồn nêu rõ; bỏ trống nếu không rõ."),
            optional("status", DOCUMENT_STATUS, "Tình trạng hiệu lực", "Bỏ trống nếu chưa rõ."),
            optional("replaced_by", TEXT, "Văn bản thay thế",
                    "Khi văn bản đã bị thay thế: decisions/tên-tệp nếu văn bản mới có trên trang, hoặc số hiệu của nó."),
            optional("file", FILE, "Tệp văn bản (PDF)", "Bản PDF của văn bản, đăng nguyên vẹn: trong assets/ hoặc cạnh tệp bài."),
            optional("province", AREA, "Phạm vi áp dụng", "Bỏ trống nếu áp dụng cả nước."),
            nested("period", OBJECT, "Giai đoạn", null, PERIOD),
            SUMMARY_FIELD,
            nested("targets", OBJECT_LIST, "Chỉ tiêu", null, TARGET));

    private static final List<FieldSpec> STORY = List.of(
            required("title", TEXT, "Tiêu đề", null),
            required("date", PUBLICATION_DATE, "Ngày đăng", null),
            optional("author", TEXT, "Tác giả", null),
            optional("province", AREA_LIST, "Tỉnh, thành", "Nơi bài viết nói đến, nếu có."),
            SUMMARY_FIELD,
            optional("models", MODEL_LIST, "Mô hình liên quan", null),
            optional("decisions", DECISION_LIST, "Văn bản liên quan", null));

    /** Fields every kind has, after its own. */
    private static final List<FieldSpec> COMMON = List.of(
            optional("image", IMAGE, "Ảnh", "Ảnh JPEG hoặc PNG, nên rộng từ 1600 điểm ảnh. Vị trí GPS và thông tin máy ảnh được xoá khi đăng."),
            optional("image_alt", TEXT, "Mô tả ảnh",
                    "Bắt buộc khi có ảnh: một câu tả nội dung ảnh cho người không xem được ảnh."),
            optional("image_caption", TEXT, "Chú thích ảnh", "Hiện dưới ảnh: người, việc, nơi chụp."),
            optional("image_credit", TEXT, "Tác giả ảnh", "Người chụp hoặc nơi cung cấp ảnh, ví dụ: Ảnh: Nguyễn Văn A."),
            nested("sources", OBJECT_LIST, "Nguồn", "Nên có ít nhất một: bài báo, văn bản mà nội dung dựa vào.", SOURCE),
            optional("related", REFERENCE_LIST, "Bài liên quan",
                    "Mỗi mục dạng loại/tên-tệp, ví dụ decisions/qd-666-2022 hoặc models/dan-tham-luc-binh."),
            optional("tags", TEXT_LIST, "Từ khóa", null),
            optional("note", LONG_TEXT, "Ghi chú của biên tập", "Lưu ý về nguồn hoặc số liệu; hiện cùng bài."),
            optional(EditorNotes.FIELD, LONG_TEXT, "Ghi chú nội bộ",
                    "Chỉ cho biên tập viên (ví dụ: nguồn không nêu số hiệu); lệnh check hiện ra, trang công khai không bao giờ đăng."),
            optional("draft", BOOLEAN, "Bản nháp", "Bật để giữ bài khỏi trang công khai."),
            optional("updated", DATE, "Ngày cập nhật",
                    "Ngày sửa nội dung lần cuối (hiện “Cập nhật: …” trên trang); bỏ trống nếu chưa sửa."),
            optional("expires", DATE, "Ngày gỡ bài", "Từ ngày này bài không còn trên trang; bỏ trống nếu không gỡ."),
            optional("aliases", PATH_LIST, "Đường dẫn cũ",
                    "Địa chỉ cũ của bài sau khi đổi tên tệp, ví dụ /mo-hinh/ten-cu/, để liên kết đã chia sẻ vẫn dùng được."),
            optional("kind", KIND, "Loại bài", null));

    private ContractSchema() {
    }

    /** The front-matter fields of an entry of {@code kind}, in the order an editor fills them in. */
    public static List<FieldSpec> fields(Kind kind) {
        List<FieldSpec> own = switch (kind) {
            case MODEL -> MODEL;
            case DECISION -> DECISION;
            case STORY -> STORY;
        };
        List<FieldSpec> all = new ArrayList<>(own);
        all.addAll(COMMON);
        return List.copyOf(all);
    }

    /** The keys an entry of {@code kind} may have. */
    public static List<String> names(Kind kind) {
        return FieldSpec.names(fields(kind));
    }
}
