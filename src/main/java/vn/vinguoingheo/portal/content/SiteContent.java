package vn.vinguoingheo.portal.content;

import java.util.List;
import java.util.Map;

/** Everything a site's {@code content/} holds, read and checked: the input of the site model. */
public record SiteContent(
        SiteConfig config,
        Map<String, ModelType> modelTypes,
        Map<String, Indicator> indicators,
        List<Entry> entries,
        List<ResultFigure> results) {
}
