package vn.vinguoingheo.portal.content;

import java.time.LocalDate;
import java.util.List;
import vn.vinguoingheo.portal.registry.Area;

/**
 * One Markdown entry of any kind: the fields every kind shares, and the kind's own in {@link #details()}.
 *
 * @param date the publication date (for a decision, the date it was issued)
 * @param areas the areas the entry is about, as written (legacy units stay legacy)
 * @param expires the day the entry comes down, or null
 * @param note an editor's remark on the sources or figures, shown with the entry
 * @param bodyHtml the Markdown body rendered to sanitised HTML
 */
public record Entry(
        Kind kind,
        String slug,
        String sourcePath,
        String title,
        LocalDate date,
        String summary,
        List<Area> areas,
        List<SourceRef> sources,
        List<String> tags,
        List<Reference> related,
        List<String> aliases,
        ImageRef image,
        boolean draft,
        LocalDate expires,
        String note,
        String bodyHtml,
        Details details) {

    /** A link to another entry, written {@code kind/slug}, with where it was written. */
    public record Reference(Kind kind, String slug, Location location) {
    }

    /** The fields only one kind has. */
    public sealed interface Details permits ModelDetails, DecisionDetails, StoryDetails {
    }
}
