package vn.vinguoingheo.portal.site;

import java.time.LocalDate;
import java.util.List;

/**
 * A card page that other sites show in an iframe: an entry in brief, or a unit's newest models.
 *
 * @param kind "Mô hình", "Văn bản", "Tin tức", or for a unit's card "Mô hình mới nhất"
 * @param kindCode {@code model}, {@code decision}, {@code story} or {@code province}
 * @param place the entry's areas and a model's locality, or null
 * @param topics a model's types, or a decision's number and issuer
 * @param summary the entry's summary, or null for a unit
 * @param date the entry's date, or null for a unit
 * @param photo the entry's photo (see {@link EmbedPages#photo}), or null
 * @param figure one figure that says what the entry is about, or null
 * @param latest a unit's newest models (empty for an entry)
 * @param total how many models the unit has
 * @param action the words of the link to the full page
 */
public record EmbedView(Embed embed, String kind, String kindCode, String title, String place, List<String> topics,
                        String summary, LocalDate date, Views.Image photo, Figure figure, List<Card> latest, int total,
                        String action) {

    /** A number as the card shows it large: "1.009 hộ", with what it counts. */
    public record Figure(String value, String label) {
    }
}
