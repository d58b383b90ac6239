package vn.vinguoingheo.portal.cli;

import java.time.LocalDate;
import vn.vinguoingheo.portal.content.Kind;

/**
 * The text of a new entry: every required field filled in or marked, the optional ones as
 * comments to uncomment, and {@code draft: true} so that it stays off the public site until
 * the editor is done.
 */
public final class EntryScaffold {

    private EntryScaffold() {
    }

    /**
     * @param areaCode a checked area code ({@code vn} for the whole country)
     * @param modelType a checked model-type code (models only)
     */
    public static String of(Kind kind, String title, String areaCode, String modelType, LocalDate today) {
        String quotedTitle = quote(title);
        return switch (kind) {
            case MODEL -> """
                    ---
                    title: %s
                    province: %s
                    model_type: %s
                    date: %s
                    summary: "Một hai câu về mô hình (tối đa 300 ký tự): hiện trên thẻ và khi chia sẻ."
                    draft: true            # xoá dòng này khi bài đã sẵn sàng đăng
                    # locality: Xã …
                    # stage: phat-hien     # phat-hien | boi-duong | tuyen-truyen | nhan-rong
                    # recognised: %d
                    # organisations: [Hội Liên hiệp Phụ nữ xã …]
                    # challenge: Vấn đề mô hình giải quyết.
                    # beneficiaries: Hộ nghèo, hộ cận nghèo …
                    # lessons:
                    #   - Bài học thứ nhất.
                    # figures:
                    #   - {label: Hộ thoát nghèo, value: 12, unit: hộ, year: %d}
                    # replication:
                    #   conditions: Điều kiện cần có để làm theo.
                    #   cost: Chi phí ước tính.
                    #   steps: [Bước 1, Bước 2]
                    #   contact: Người, nơi liên hệ.
                    # replicated_in: [ha-tinh]
                    # related: [decisions/qd-666-2022]
                    # image: assets/anh/ten-anh.jpg
                    # image_alt: Mô tả ảnh cho người không xem được ảnh.
                    # sources:
                    #   - {title: Tên bài báo, publisher: Tên báo, date: %s, url: "https://…"}
                    # tags: []
                    ---
                    Câu chuyện của mô hình: ai làm, làm thế nào, kết quả ra sao.
                    """.formatted(quotedTitle, areaCode, modelType, today, today.getYear(), today.getYear(), today);
            case DECISION -> """
                    ---
                    title: %s
                    number: "Số hiệu, ví dụ 666/QĐ-TTg"
                    issued: %s
                    issuer: "Cơ quan ban hành, ví dụ Thủ tướng Chính phủ"
                    province: %s
                    summary: "Một hai câu về nội dung văn bản (tối đa 300 ký tự)."
                    draft: true            # xoá dòng này khi bài đã sẵn sàng đăng
                    # document_type: quyet-dinh   # quyet-dinh | ke-hoach | chi-thi | nghi-quyet | cong-van | thong-bao …
                    # signer: Người ký       # chỉ ghi khi nguồn nêu rõ
                    # effective: %s   # ngày có hiệu lực, chỉ ghi khi văn bản nêu rõ
                    # status: con-hieu-luc   # con-hieu-luc | bi-thay-the | het-hieu-luc
                    # replaced_by: decisions/ten-van-ban-moi   # khi đã bị thay thế
                    # file: assets/van-ban/ten-tep.pdf         # bản PDF, đăng nguyên vẹn
                    # updated: %s     # ngày sửa nội dung lần cuối
                    # period: {from: 2021, to: 2025}
                    # targets:
                    #   - {indicator: poor-household-rate, area: %s, year: 2025, value: 1, comparison: "<="}
                    # related: []
                    # sources:
                    #   - {title: Tên văn bản, publisher: Cơ quan, date: %s, url: "https://…"}
                    ---
                    Nội dung chính của văn bản: nhiệm vụ, chỉ tiêu, tiến độ.
                    """.formatted(quotedTitle, today, areaCode, today, today, areaCode, today);
            case STORY -> """
                    ---
                    title: %s
                    date: %s
                    summary: "Một hai câu tóm tắt tin (tối đa 300 ký tự)."
                    province: %s
                    draft: true            # xoá dòng này khi bài đã sẵn sàng đăng
                    # author: Tên tác giả
                    # models: []           # slug các mô hình liên quan
                    # decisions: []        # slug các văn bản liên quan
                    # image: assets/anh/ten-anh.jpg
                    # image_alt: Mô tả ảnh.
                    # sources:
                    #   - {title: Tên bài gốc, publisher: Tên báo, date: %s}
                    ---
                    Nội dung tin.
                    """.formatted(quotedTitle, today, areaCode, today);
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
