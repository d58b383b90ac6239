package vn.vinguoingheo.portal.content;

import java.time.LocalDate;
import java.util.List;
import vn.vinguoingheo.portal.registry.Area;

/**
 * One Markdown entry of any kind: the fields every kind shares, and the kind's own in {@link #details()}.
 *
 * @param date the publication date (for a decision, the date it was issued)
 * @param areas the areas the entry is about, as written (legacy units stay legacy)
 * @param aliases old paths of the entry, each to be redirected to it
 * @param expires the day the entry comes down, or null
 * @param updated the day the entry was last changed in substance ({@code updated:}), or null
 * @param note an editor's remark on the sources or figures, shown with the entry
 * @param bodyHtml the Markdown body rendered to sanitised HTML
 * @param bodyImages the images written in the body that live in the site, in the order written
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
        List<Alias> aliases,
        ImageRef image,
        boolean draft,
        LocalDate expires,
        LocalDate updated,
        String note,
        String bodyHtml,
        List<BodyImage> bodyImages,
        Details details) {

    /** The same entry with its image found in the site. */
    public Entry withImage(ImageRef found) {
        return new Entry(kind, slug, sourcePath, title, date, summary, areas, sources, tags, related, aliases, found, draft,
                expires, updated, note, bodyHtml, bodyImages, details);
    }

    /** The same entry with other details (a decision's file found in the site). */
    public Entry withDetails(Details found) {
        return new Entry(kind, slug, sourcePath, title, date, summary, areas, sources, tags, related, aliases, image, draft,
                expires, updated, note, bodyHtml, bodyImages, found);
    }

    /** The same entry with the images of its body found in the site. */
    public Entry withBodyImages(List<BodyImage> found) {
        return new Entry(kind, slug, sourcePath, title, date, summary, areas, sources, tags, related, aliases, image, draft,
                expires, updated, note, bodyHtml, found, details);
    }

    /** The day the entry last changed: {@code updated} when given, else its date. */
    public LocalDate lastChanged() {
        return updated != null && updated.isAfter(date) ? updated : date;
    }

    /** Whether the entry shows any image that lives in the site, which the loader looks for on every load. */
    public boolean hasImages() {
        return image != null || !bodyImages.isEmpty();
    }

    /** A link to another entry, written {@code kind/slug}, with where it was written. */
    public record Reference(Kind kind, String slug, Location location) {
    }

    /** The fields only one kind has. */
    public sealed interface Details permits ModelDetails, DecisionDetails, StoryDetails {
    }
}
