package vn.vinguoingheo.portal.site;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.vinguoingheo.portal.content.Entry;

/**
 * Which entries a build shows: drafts and entries dated in the future only when asked (a
 * preview), and no entry past its {@code expires} date.
 *
 * @param today the publishing day, in Vietnam's time zone
 */
public record Visibility(boolean drafts, boolean future, LocalDate today) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What the public site shows today. */
    public static Visibility published() {
        return new Visibility(false, false, LocalDate.now(VIETNAM));
    }

    public boolean shows(Entry entry) {
        return (drafts || !entry.draft())
                && (future || !entry.date().isAfter(today))
                && (entry.expires() == null || entry.expires().isAfter(today));
    }

    /** The badge a preview puts on an entry the public site would not show yet, or null. */
    public String badge(Entry entry) {
        if (entry.draft()) {
            return "bản nháp";
        }
        return entry.date().isAfter(today) ? "hẹn giờ" : null;
    }
}
