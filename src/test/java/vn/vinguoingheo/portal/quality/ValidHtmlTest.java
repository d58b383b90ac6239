package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import vn.vinguoingheo.portal.quality.GateSites.Site;

/**
 * Every generated HTML page of the bundled portal and of the fixture site, the CMS page and the
 * redirect and 404 pages included, passes the Nu HTML Checker (the W3C validator's engine, run
 * in-process) without an error or a warning.
 */
class ValidHtmlTest {

    /** The checker's schema for HTML, as its own command line and web service use it. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    static SimpleDocumentValidator validator;
    static final Messages messages = new Messages();

    @BeforeAll
    static void setUpChecker() throws Exception {
        // The schema is read from the jar once; a checker made per page would read it again each time.
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(messages, false, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GateSites.NAMED)
    void everyPageIsValidHtml(Site site) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> pages = site.htmlFiles();
        for (Path page : pages) {
            // Checked at an http address, as served: a file has no origin for the page's CSP to allow.
            problems.addAll(check(Files.newInputStream(page), "http://localhost/" + site.relative(page)));
        }
        assertTrue(pages.size() > 30, "pages found: " + pages.size());
        assertEquals("", String.join("\n", problems), problems.size() + " problem(s) in " + pages.size() + " pages");
    }

    @Test
    void theCheckerFindsWhatIsWrong() throws Exception {
        String page = "<!doctype html><html lang=vi><title>x</title><p><div>y</p><img src=a.png><section><p>z</section>";
        List<String> problems = check(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "http://localhost/thu.html");
        assertTrue(problems.stream().anyMatch(p -> p.contains("No “p” element in scope")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("must have an “alt” attribute")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("warning: Section lacks heading")), problems.toString());
    }

    private static List<String> check(InputStream html, String address) throws Exception {
        try (html) {
            InputSource source = new InputSource(html);
            source.setSystemId(address);
            messages.found.clear();
            validator.checkHtmlInputSource(source);
            return List.copyOf(messages.found);
        }
    }

    /** Collects the checker's errors and warnings as {@code address:line:column: message}. */
    static final class Messages implements ErrorHandler {
        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            add("warning", e);
        }

        @Override
        public void error(SAXParseException e) {
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add("fatal", e);
        }

        private void add(String level, SAXParseException e) {
            found.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + level + ": " + e.getMessage());
        }
    }
}
