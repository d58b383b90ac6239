package vn.vinguoingheo.portal.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of Markdown entries, each with its folder under {@code content/}. */
public enum Kind {
    MODEL("models", "model", "Mô hình"),
    DECISION("decisions", "decision", "Văn bản"),
    STORY("stories", "story", "Tin tức");

    private final String folder;
    private final String singular;
    private final String label;

    Kind(String folder, String singular, String label) {
        this.folder = folder;
        this.singular = singular;
        this.label = label;
    }

    public String folder() {
        return folder;
    }

    /** The name used in {@code kind:} front matter and as JBake's document type. */
    public String singular() {
        return singular;
    }

    public String label() {
        return label;
    }

    public static Optional<Kind> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.singular.equals(name) || k.folder.equals(name)).findFirst();
    }
}
