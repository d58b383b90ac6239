package vn.vinguoingheo.portal.render;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.Urls;
import vn.vinguoingheo.portal.timing.Phases;

/**
 * Draws pages through JBake's {@link Renderer}, in parallel: each page becomes a JBake document
 * whose type names its template and whose URI is its output file.
 */
final class PageRendering {

    private PageRendering() {
    }

    static int render(List<Page> pages, Renderer renderer, Urls urls) throws RenderingException {
        return render(pages, renderer, urls, () -> false);
    }

    /** @param superseded checked before each page: once true, the rest are skipped and a CancellationException thrown */
    static int render(List<Page> pages, Renderer renderer, Urls urls, BooleanSupplier superseded) throws RenderingException {
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        pages.parallelStream().forEach(page -> {
            if (superseded.getAsBoolean()) {
                return;
            }
            long started = Phases.start();
            try {
                renderer.render(document(page, urls));
                Phases.add(Phases.TEMPLATES, started);
            } catch (Exception e) {
                failures.add(e);
            }
        });
        SiteRenderer.stopIf(superseded);
        if (!failures.isEmpty()) {
            throw new RenderingException(failures.stream().min(PageRendering::byMessage).orElseThrow());
        }
        return pages.size();
    }

    private static DocumentModel document(Page page, Urls urls) {
        DocumentModel document = new DocumentModel();
        document.setType(page.template());
        document.setUri(urls.outputFile(page.url()));
        document.setStatus("published");
        document.setTitle(page.title());
        document.setRootPath("");
        document.put(PortalTemplateEngine.PAGE_KEY, page);
        return document;
    }

    /** Parallel runs fail in any order; report the same first failure every time. */
    private static int byMessage(Exception a, Exception b) {
        return String.valueOf(a.getMessage()).compareTo(String.valueOf(b.getMessage()));
    }
}
