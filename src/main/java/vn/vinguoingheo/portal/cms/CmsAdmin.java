package vn.vinguoingheo.portal.cms;

import java.util.Optional;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Urls;

/**
 * The editors' CMS of a site whose site.yaml has a {@code cms:} section: the admin page and its
 * configuration file, generated from the content contract, the area registry and the site's taxonomies.
 *
 * @param page the admin page; not part of the public site (no sitemap entry, not indexed)
 * @param configFile the configuration's path in the output folder
 * @param configYaml the configuration
 */
public record CmsAdmin(Page page, String configFile, String configYaml) {

    private static final String ICON = "favicon.svg";

    /** The CMS of {@code site}, or nothing when its site.yaml names no git host. */
    public static Optional<CmsAdmin> of(SiteModel site) {
        SiteConfig config = site.config();
        if (config.cms() == null) {
            return Optional.empty();
        }
        Urls urls = site.urls();
        Widgets widgets = new Widgets(AreaRegistry.builtIn(), site.content().modelTypes().values(),
                site.content().indicators().values());
        String logo = site.assets().files().containsKey(ICON) ? site.asset(ICON) : null;
        Page page = new Page(urls.admin(), "admin", "Quản trị nội dung – " + config.title(),
                "Trang soạn và duyệt bài dành cho biên tập viên.", AdminView.sveltia(urls.adminConfig()));
        return Optional.of(new CmsAdmin(page, urls.outputFile(urls.adminConfig()), CmsConfig.yaml(config, urls, widgets, logo)));
    }
}
