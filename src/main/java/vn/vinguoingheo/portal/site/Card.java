package vn.vinguoingheo.portal.site;

import java.time.LocalDate;
import java.util.List;
import vn.vinguoingheo.portal.content.Kind;

/**
 * An entry as lists show it: title, summary, date, place and type.
 *
 * @param badge "bản nháp" or "hẹn giờ" in a preview of entries not yet public, else null
 * @param updated the day the entry last changed in substance, or null
 */
public record Card(Kind kind, String url, String title, String summary, LocalDate date, List<AreaLabel> areas, List<Link> types,
                   String badge, LocalDate updated) {

    /** The day the entry last changed: {@code updated} when later than its date, else its date. */
    public LocalDate lastChanged() {
        return updated != null && updated.isAfter(date) ? updated : date;
    }

    public String kindLabel() {
        return kind.label();
    }
}
