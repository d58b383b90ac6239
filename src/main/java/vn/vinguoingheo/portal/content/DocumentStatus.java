package vn.vinguoingheo.portal.content;

import java.util.Arrays;
import java.util.Optional;
import vn.vinguoingheo.portal.text.VietnameseText;

/** Whether a document is still in force (tình trạng hiệu lực), as state document databases say it. */
public enum DocumentStatus {
    IN_FORCE("con-hieu-luc", "Còn hiệu lực", true),
    REPLACED("bi-thay-the", "Đã bị thay thế", false),
    EXPIRED("het-hieu-luc", "Hết hiệu lực", false);

    private final String code;
    private final String label;
    private final boolean inForce;

    DocumentStatus(String code, String label, boolean inForce) {
        this.code = code;
        this.label = label;
        this.inForce = inForce;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean inForce() {
        return inForce;
    }

    /** A status written as its code or its words, with or without diacritics ("còn hiệu lực", "da-bi-thay-the"). */
    public static Optional<DocumentStatus> byWritten(String written) {
        String slug = VietnameseText.slug(written).replaceFirst("^da-", "");
        return Arrays.stream(values()).filter(s -> s.code.equals(slug)).findFirst();
    }
}
