package vn.vinguoingheo.portal.content;

import java.net.URI;

/**
 * A site's settings from {@code content/site.yaml}.
 *
 * @param cms where the editors' CMS saves their work, or null when the site has no CMS
 */
public record SiteConfig(String title, URI baseUrl, String language, String description, Contact contact, Cms cms) {

    public record Contact(String name, String email, String phone) {
    }

    /**
     * The git host behind the CMS ({@code cms:} in site.yaml).
     *
     * @param backend {@code github}, {@code gitlab} or {@code gitea}
     * @param repo the repository, {@code owner/name} ({@code group/subgroup/project} on GitLab)
     * @param branch the branch editors work on, or null for the repository's default branch
     * @param folder the site's folder inside the repository, {@code ""} when it is the repository's root
     * @param authUrl the OAuth service editors sign in through, or null (they then sign in with an access token)
     * @param appId the OAuth application id (GitLab, Gitea), or null
     * @param apiRoot the API address of a self-hosted server, or null for github.com, gitlab.com or gitea.com
     */
    public record Cms(String backend, String repo, String branch, String folder, String authUrl, String appId, String apiRoot) {
    }

    /** The same settings published under another base URL (a preview deployment). */
    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, url, language, description, contact, cms);
    }
}
