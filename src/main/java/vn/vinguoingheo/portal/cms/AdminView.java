package vn.vinguoingheo.portal.cms;

/**
 * What the admin page ({@code admin.ftlh}) loads: its configuration, and Sveltia CMS from unpkg at
 * a pinned version, checked by the browser against the hash of that exact file (Subresource Integrity).
 *
 * @param configUrl the link to {@code config.yml}
 */
public record AdminView(String configUrl, String scriptUrl, String integrity) {

    /** To upgrade: {@code npm pack @sveltia/cms@VERSION}, then hash package/dist/sveltia-cms.js (see README). */
    static final String SVELTIA_VERSION = "0.221.1";
    static final String SVELTIA_SCRIPT = "https://unpkg.com/@sveltia/cms@" + SVELTIA_VERSION + "/dist/sveltia-cms.js";
    static final String SVELTIA_INTEGRITY = "sha384-JQ+XsKx/UzwdTiNnFStza3XtqqQoVtyNPApkfvwlzZDfhe7giE9CnfQrpHqgv3k6";

    static AdminView sveltia(String configUrl) {
        return new AdminView(configUrl, SVELTIA_SCRIPT, SVELTIA_INTEGRITY);
    }
}
