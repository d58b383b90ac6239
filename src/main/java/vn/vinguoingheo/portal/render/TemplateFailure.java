package vn.vinguoingheo.portal.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.Arrays;

/**
 * A template error told as {@code templates/name:line:column: message}, so that whoever edits
 * templates sees where, not a stack trace.
 */
public final class TemplateFailure extends Exception {

    TemplateFailure(TemplateException e) {
        super(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + "lỗi mẫu trang: "
                + firstLines(e.getMessageWithoutStackTop()), e);
    }

    TemplateFailure(ParseException e) {
        super(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()) + "mẫu trang sai cú pháp: "
                + firstLines(e.getEditorMessage()), e);
    }

    TemplateFailure(String template, IOException e) {
        super("templates/" + template + ": không đọc được mẫu trang (" + e.getMessage() + ")", e);
    }

    private static String where(String template, Integer line, Integer column) {
        return "templates/" + template + ":" + (line == null ? 1 : line) + ":" + (column == null ? 1 : column) + ": ";
    }

    private static String firstLines(String message) {
        String[] lines = message == null ? new String[] {""} : message.strip().split("\n");
        return String.join(" ", Arrays.copyOf(lines, Math.min(3, lines.length))).replaceAll("\\s+", " ");
    }
}
