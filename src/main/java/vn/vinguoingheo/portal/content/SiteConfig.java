package vn.vinguoingheo.portal.content;

import java.net.URI;

/** A site's settings from {@code content/site.yaml}. */
public record SiteConfig(String title, URI baseUrl, String language, String description, Contact contact) {

    public record Contact(String name, String email, String phone) {
    }

    /** The same settings published under another base URL (a preview deployment). */
    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, url, language, description, contact);
    }
}
