package vn.vinguoingheo.portal.content;

/** A kind of exemplary model, from {@code model-types.yaml}. */
public record ModelType(String code, String label, String description) {
}
