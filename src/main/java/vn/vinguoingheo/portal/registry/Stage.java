package vn.vinguoingheo.portal.registry;

import java.util.Arrays;
import java.util.Optional;

/** The movement's four steps for an exemplary model: find, nurture, promote, replicate. */
public enum Stage {
    PHAT_HIEN("phat-hien", "Phát hiện"),
    BOI_DUONG("boi-duong", "Bồi dưỡng"),
    TUYEN_TRUYEN("tuyen-truyen", "Tuyên truyền"),
    NHAN_RONG("nhan-rong", "Nhân rộng");

    private final String code;
    private final String label;

    Stage(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** 1 to 4, the step's place in the sequence. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<Stage> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
