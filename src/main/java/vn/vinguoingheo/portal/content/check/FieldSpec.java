package vn.vinguoingheo.portal.content.check;

import java.util.List;

/**
 * One field of the content contract: its key, what it holds, whether an entry must have it, and
 * how an editor is told about it (label and hint, in Vietnamese).
 *
 * @param hint a sentence of help, or null
 * @param fields the nested fields of an {@link FieldType#OBJECT} or {@link FieldType#OBJECT_LIST}, else empty
 */
public record FieldSpec(String name, FieldType type, boolean required, String label, String hint, List<FieldSpec> fields) {

    public FieldSpec {
        fields = List.copyOf(fields);
    }

    static FieldSpec required(String name, FieldType type, String label, String hint) {
        return new FieldSpec(name, type, true, label, hint, List.of());
    }

    static FieldSpec optional(String name, FieldType type, String label, String hint) {
        return new FieldSpec(name, type, false, label, hint, List.of());
    }

    /** An optional mapping ({@link FieldType#OBJECT}) or list of mappings ({@link FieldType#OBJECT_LIST}). */
    static FieldSpec nested(String name, FieldType type, String label, String hint, List<FieldSpec> fields) {
        return new FieldSpec(name, type, false, label, hint, fields);
    }

    /** The keys of some fields, in order. */
    public static List<String> names(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
