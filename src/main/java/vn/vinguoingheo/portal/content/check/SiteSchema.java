package vn.vinguoingheo.portal.content.check;

import static vn.vinguoingheo.portal.content.check.FieldSpec.optional;
import static vn.vinguoingheo.portal.content.check.FieldSpec.required;
import static vn.vinguoingheo.portal.content.check.FieldType.*;

import java.util.List;

/**
 * The fields of {@code site.yaml}, as docs/content-spec.md states them: what the reader accepts and
 * what the CMS's settings form offers. The form lists every key, so that saving it keeps them all.
 */
public final class SiteSchema {

    private static final List<FieldSpec> CONTACT = List.of(
            optional("name", TEXT, "Tên", null),
            optional("email", TEXT, "E-mail", null),
            optional("phone", TEXT, "Điện thoại", null));

    private static final List<FieldSpec> PERSON = List.of(
            required("name", TEXT, "Họ và tên", null),
            optional("position", TEXT, "Chức vụ", null),
            optional("unit", TEXT, "Đơn vị", null),
            optional("phone", TEXT, "Điện thoại", null),
            optional("email", TEXT, "E-mail", null));

    private static final List<FieldSpec> RESPONSIBLE = List.of(
            required("name", TEXT, "Họ và tên", null),
            required("position", TEXT, "Chức vụ", null));

    private static final List<FieldSpec> FOCAL = List.of(
            required("name", TEXT, "Họ và tên", null),
            optional("position", TEXT, "Chức vụ", null),
            optional("unit", TEXT, "Đơn vị", null),
            required("phone", TEXT, "Điện thoại", null),
            required("email", TEXT, "E-mail", null));

    /** {@code publisher:}: who runs the portal, as the rules for state portals ask every page to say. */
    public static final List<FieldSpec> PUBLISHER = List.of(
            required("agency", TEXT, "Cơ quan chủ quản", "Ví dụ: Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh."),
            new FieldSpec("responsible", OBJECT, true, "Người chịu trách nhiệm nội dung", null, RESPONSIBLE),
            required("address", TEXT, "Địa chỉ", null),
            required("phone", TEXT, "Điện thoại", null),
            required("email", TEXT, "E-mail", null),
            new FieldSpec("focal_contact", OBJECT, true, "Đầu mối liên hệ của trang", null, FOCAL),
            optional("licence", TEXT, "Giấy phép, đăng ký", "Ví dụ: Giấy phép số …/GP-TTĐT ngày … của …; bỏ trống nếu không có."),
            optional("reuse", TEXT, "Dòng ghi nguồn khi dùng lại",
                    "Bỏ trống để dùng câu mặc định: Ghi rõ nguồn “tên trang” (địa chỉ) khi phát hành lại thông tin từ trang này."));

    /** {@code open_data:}: the terms of the open data files. */
    public static final List<FieldSpec> OPEN_DATA = List.of(
            optional("licence", TEXT, "Giấy phép dữ liệu", "Ví dụ: CC BY 4.0."),
            optional("licence_url", URL, "Địa chỉ văn bản giấy phép", null),
            optional("citation", LONG_TEXT, "Cách trích dẫn", null),
            optional("review_months", COUNT, "Rà soát dữ liệu sau (tháng)", "Mặc định 6 tháng."));

    private static final List<FieldSpec> CMS = List.of(
            required("backend", TEXT, "Máy chủ git", "github, gitlab hoặc gitea."),
            required("repo", TEXT, "Kho", "chủ-sở-hữu/tên-kho."),
            optional("branch", TEXT, "Nhánh", null),
            optional("folder", TEXT, "Thư mục trang trong kho", null),
            optional("auth_url", URL, "Dịch vụ đăng nhập (OAuth)", null),
            optional("app_id", TEXT, "Mã ứng dụng OAuth", null),
            optional("api_root", URL, "API của máy chủ riêng", null));

    /** Every key of site.yaml, in the order the contract lists them. */
    public static final List<FieldSpec> FIELDS = List.of(
            required("title", TEXT, "Tên trang", null),
            required("base_url", URL, "Địa chỉ trang", "Địa chỉ đầy đủ, ví dụ https://vinguoingheo.gov.vn/."),
            optional("language", TEXT, "Ngôn ngữ", "vi"),
            optional("description", LONG_TEXT, "Giới thiệu ngắn", null),
            new FieldSpec("contact", OBJECT, false, "Liên hệ ban biên tập", null, CONTACT),
            new FieldSpec("publisher", OBJECT, false, "Cơ quan chủ quản", "Hiện ở chân mọi trang và trang Liên hệ.", PUBLISHER),
            new FieldSpec("open_data", OBJECT, false, "Dữ liệu mở", null, OPEN_DATA),
            new FieldSpec("cms", OBJECT, false, "Trang soạn bài (CMS)", "Chỉ sửa khi đổi kho hay máy chủ git.", CMS));

    private SiteSchema() {
    }

    public static List<String> names(List<FieldSpec> fields) {
        return FieldSpec.names(fields);
    }

    public static List<String> personNames() {
        return FieldSpec.names(PERSON);
    }
}
