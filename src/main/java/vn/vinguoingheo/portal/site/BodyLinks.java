package vn.vinguoingheo.portal.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Editors link to other pages with the contract's paths ({@code /mo-hinh/…}); on a site hosted
 * under a sub-path those links must carry it too.
 */
final class BodyLinks {

    private BodyLinks() {
    }

    static String rebase(String html, String basePath) {
        if (basePath.equals("/") || !html.contains("=\"/")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        String prefix = basePath.substring(0, basePath.length() - 1);
        for (Element link : doc.select("a[href^=/], img[src^=/]")) {
            String attribute = link.hasAttr("href") ? "href" : "src";
            String value = link.attr(attribute);
            if (!value.startsWith("//") && !value.startsWith(basePath)) {
                link.attr(attribute, prefix + value);
            }
        }
        return doc.body().html();
    }
}
