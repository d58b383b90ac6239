package vn.vinguoingheo.portal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinguoingheo.portal.text.VietnameseText;

/** The results page's themes: indicators by their {@code group}, in the order a group first appears; ungrouped ones last. */
final class IndicatorGroups {

    /** Where indicators without a {@code group} go. */
    static final String OTHER = "Chỉ tiêu khác";

    private IndicatorGroups() {
    }

    static List<Views.IndicatorGroup> of(List<Views.IndicatorSection> sections) {
        Map<String, List<Views.IndicatorSection>> byTitle = new LinkedHashMap<>();
        List<Views.IndicatorSection> other = new ArrayList<>();
        for (Views.IndicatorSection section : sections) {
            String group = section.indicator().group();
            if (group == null) {
                other.add(section);
            } else {
                byTitle.computeIfAbsent(group, g -> new ArrayList<>()).add(section);
            }
        }
        if (!other.isEmpty()) {
            byTitle.merge(OTHER, other, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        // "nhom-": a theme's slug never clashes with an indicator's code or the page's other ids.
        return byTitle.entrySet().stream()
                .map(e -> new Views.IndicatorGroup("nhom-" + VietnameseText.slug(e.getKey()), e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
