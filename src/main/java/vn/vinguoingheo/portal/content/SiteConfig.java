package vn.vinguoingheo.portal.content;

import java.net.URI;

/**
 * A site's settings from {@code content/site.yaml}.
 *
 * @param cms where the editors' CMS saves their work, or null when the site has no CMS
 * @param publisher the state body that runs the portal ({@code publisher:}), or null
 * @param dataPolicy the terms of the open data ({@code open_data:}), never null (defaults when absent)
 */
public record SiteConfig(String title, URI baseUrl, String language, String description, Contact contact, Cms cms,
                         Publisher publisher, DataPolicy dataPolicy) {

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
        return new SiteConfig(title, url, language, description, contact, cms, publisher, dataPolicy);
    }

    /**
     * Who runs the portal, as Vietnam's rules for state portals ask every page to say
     * ({@code publisher:} in site.yaml).
     *
     * @param agency the managing agency (cơ quan chủ quản)
     * @param responsible the person responsible for the content, with position
     * @param focal the portal's focal contact (đầu mối liên hệ)
     * @param licence a licence or registration line, or null
     * @param reuse the line asking to name the source when republishing
     */
    public record Publisher(String agency, Person responsible, String address, String phone, String email, Person focal,
                            String licence, String reuse) {
    }

    /**
     * A person named by the publisher block.
     *
     * @param position the person's position, or null
     * @param unit the person's unit, or null
     * @param phone, email null when not given
     */
    public record Person(String name, String position, String unit, String phone, String email) {
    }

    /**
     * The terms of the open data files ({@code open_data:} in site.yaml).
     *
     * @param licence the licence's name, or null when the site states none
     * @param licenceUrl the licence's text, or null
     * @param citation how to cite the data
     * @param reviewMonths how often the data is reviewed, in months
     */
    public record DataPolicy(String licence, String licenceUrl, String citation, int reviewMonths) {
    }
}
