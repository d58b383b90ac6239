package vn.vinguoingheo.portal.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.vinguoingheo.portal.content.Problem;

/** Prints problems one per line, then a count, in Vietnamese. */
final class ProblemReport {

    private ProblemReport() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        problems.forEach(err::println);
        long errors = problems.stream().filter(Problem::isError).count();
        long notes = problems.stream().filter(Problem::isNote).count();
        long warnings = problems.size() - errors - notes;
        if (errors + warnings > 0) {
            err.println(errors + " lỗi, " + warnings + " cảnh báo" + (notes > 0 ? ", " + notes + " ghi chú biên tập." : "."));
        } else if (notes > 0) {
            err.println(notes + " ghi chú biên tập (editor_note), không đăng lên trang.");
        }
    }
}
