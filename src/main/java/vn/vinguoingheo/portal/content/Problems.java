package vn.vinguoingheo.portal.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every problem of a load, so that one bad entry never hides another's. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void error(Location at, String message) {
        list.add(new Problem(at, Problem.Severity.ERROR, message));
    }

    public void warn(Location at, String message) {
        list.add(new Problem(at, Problem.Severity.WARNING, message));
    }

    /** An editor's note to show in {@code check}; never an error or a warning. */
    public void note(Location at, String message) {
        list.add(new Problem(at, Problem.Severity.NOTE, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(Collection<Problem> problems) {
        list.addAll(problems);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** Sorted by file, line and column, so reports read in order and never vary between runs. */
    public List<Problem> sorted() {
        return list.stream().sorted().toList();
    }
}
