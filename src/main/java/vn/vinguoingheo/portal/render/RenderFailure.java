package vn.vinguoingheo.portal.render;

/** Rendering stopped: a template error (told with its template, line and column) or an I/O failure. */
public final class RenderFailure extends Exception {

    RenderFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Finds the template failure behind JBake's layers of wrapping, if there is one. */
    static RenderFailure from(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TemplateFailure template) {
                return new RenderFailure(template.getMessage(), template);
            }
        }
        return new RenderFailure("không tạo được trang: " + rootMessage(failure), failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
