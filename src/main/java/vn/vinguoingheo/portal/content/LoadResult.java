package vn.vinguoingheo.portal.content;

import java.util.List;

/**
 * What loading a site gave: its content (complete only when there are no errors) and every problem found.
 */
public record LoadResult(SiteContent content, List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }
}
