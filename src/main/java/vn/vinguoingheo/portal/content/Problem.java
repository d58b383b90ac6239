package vn.vinguoingheo.portal.content;

import java.util.Comparator;

/**
 * Something wrong in a site's source, told to the editor as {@code path:line:column: message}.
 * Errors stop a build; warnings are reported and the build goes on. Notes are not problems at
 * all: an editor's {@code editor_note}, which {@code check} shows beside the file and line it is on.
 */
public record Problem(Location location, Severity severity, String message) implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING, NOTE }

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    @Override
    public String toString() {
        return location + ": " + switch (severity) {
            case ERROR -> "";
            case WARNING -> "cảnh báo: ";
            case NOTE -> "ghi chú biên tập: ";
        } + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
