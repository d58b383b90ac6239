package vn.vinguoingheo.portal.content;

/** An entry's image: a path under {@code assets/} and its alternative text. */
public record ImageRef(String path, String alt) {
}
