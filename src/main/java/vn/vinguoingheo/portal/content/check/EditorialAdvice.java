package vn.vinguoingheo.portal.content.check;

import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.read.FrontMatter;

/**
 * Warnings that do not stop a build but make a page worse to share or to trust: no sources,
 * a model nobody could copy, a summary too long for a link preview.
 */
public final class EditorialAdvice {

    /** About what Facebook and Zalo show of a description in a link preview. */
    static final int PREVIEW_LENGTH = 200;

    private EditorialAdvice() {
    }

    /** Advice on one entry; only worth giving once its file has no errors left. */
    public static void advise(Entry entry, Problems problems) {
        Location at = new Location(entry.sourcePath(), FrontMatter.YAML_FIRST_LINE, 1);
        if (entry.sources().isEmpty()) {
            problems.warn(at, "chưa có nguồn (sources): người đọc cần biết thông tin lấy từ đâu");
        }
        if (entry.details() instanceof ModelDetails model && model.replication() == null) {
            problems.warn(at, "mô hình chưa có phần cách nhân rộng (replication): điều kiện, chi phí, các bước, liên hệ");
        }
        if (entry.summary() != null && entry.summary().length() > PREVIEW_LENGTH && entry.summary().length() <= ContractSchema.SUMMARY_MAX) {
            problems.warn(at, "tóm tắt dài " + entry.summary().length() + " ký tự: khi chia sẻ, Facebook và Zalo chỉ hiện khoảng "
                    + PREVIEW_LENGTH + " ký tự đầu");
        }
    }
}
