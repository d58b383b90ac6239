package vn.vinguoingheo.portal.content.read;

/**
 * {@code editor_note}: what editors need to know about an entry or a figure (a vague source, a date
 * taken from the article) that readers do not. {@code check} shows it at its file and line; it is
 * never kept in the content model, so no template, feed, index or data file can publish it.
 */
public final class EditorNotes {

    public static final String FIELD = "editor_note";

    private EditorNotes() {
    }

    static void report(Fields fields) {
        String note = fields.nonBlankText(FIELD, false);
        if (note != null) {
            fields.problems().note(fields.locationOf(FIELD), note);
        }
    }
}
