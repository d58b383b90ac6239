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
        long warnings = problems.size() - errors;
        if (!problems.isEmpty()) {
            err.println(errors + " lỗi, " + warnings + " cảnh báo.");
        }
    }
}
