package vn.vinguoingheo.portal.site;

/** A link as templates show it. */
public record Link(String url, String label) {
}
