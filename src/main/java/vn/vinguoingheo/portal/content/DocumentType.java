package vn.vinguoingheo.portal.content;

import java.util.Arrays;
import java.util.Optional;
import vn.vinguoingheo.portal.text.VietnameseText;

/** The kinds of administrative documents (loại văn bản) that state document databases list. */
public enum DocumentType {
    LUAT("luat", "Luật"),
    NGHI_QUYET("nghi-quyet", "Nghị quyết"),
    NGHI_DINH("nghi-dinh", "Nghị định"),
    QUYET_DINH("quyet-dinh", "Quyết định"),
    CHI_THI("chi-thi", "Chỉ thị"),
    THONG_TU("thong-tu", "Thông tư"),
    KE_HOACH("ke-hoach", "Kế hoạch"),
    KET_LUAN("ket-luan", "Kết luận"),
    HUONG_DAN("huong-dan", "Hướng dẫn"),
    CONG_VAN("cong-van", "Công văn"),
    THONG_BAO("thong-bao", "Thông báo"),
    BAO_CAO("bao-cao", "Báo cáo"),
    KHAC("khac", "Văn bản khác");

    private final String code;
    private final String label;

    DocumentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A type written as its code or its name, with or without diacritics ("quyết định", "Quyet dinh", "quyet-dinh"). */
    public static Optional<DocumentType> byWritten(String written) {
        String slug = VietnameseText.slug(written);
        return Arrays.stream(values()).filter(t -> t.code.equals(slug)).findFirst();
    }
}
