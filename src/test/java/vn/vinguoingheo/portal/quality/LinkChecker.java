package vn.vinguoingheo.portal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds broken references inside a published site: links, images, stylesheets, scripts, share
 * images, redirects, feed and sitemap entries and URLs in the JSON files, whether relative,
 * root-relative or absolute under the site's {@code base_url}. Each must name a published file
 * (query strings such as {@code ?v=} ignored), and a {@code #fragment} an element of that page.
 */
final class LinkChecker {

    private static final String REFERENCES = "[href], [src], [srcset], [action], object[data], "
            + "meta[http-equiv=refresh], meta[property=og:url], meta[property=og:image]";
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url=(.+)$");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path out;
    private final URI base;
    private final Map<Path, Set<String>> anchors = new HashMap<>();
    private final List<String> broken = new ArrayList<>();

    private LinkChecker(Path out, URI base) {
        this.out = out;
        this.base = base;
    }

    /** Every broken reference in the published folder {@code out}, as {@code file: reference (why)}. */
    static List<String> broken(Path out, URI base) {
        LinkChecker checker = new LinkChecker(out, base);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                checker.checkFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checker.broken;
    }

    private void checkFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : doc.select(REFERENCES)) {
                references(element).forEach(reference -> check(file, reference));
            }
        } else if (name.endsWith(".xml")) {
            Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            doc.select("loc").forEach(loc -> check(file, loc.text()));
            doc.select("link[href]").forEach(link -> check(file, link.attr("href")));
        } else if (name.endsWith(".css")) {
            Matcher url = CSS_URL.matcher(Files.readString(file));
            while (url.find()) {
                check(file, url.group(1));
            }
        } else if (name.endsWith(".json")) {
            checkJson(file, JSON.readTree(file.toFile()));
        }
    }

    private static List<String> references(Element element) {
        List<String> found = new ArrayList<>();
        for (String attribute : List.of("href", "src", "action", "data")) {
            if (element.hasAttr(attribute)) {
                found.add(element.attr(attribute));
            }
        }
        if (element.hasAttr("srcset")) {
            for (String candidate : element.attr("srcset").split(",")) {
                found.add(candidate.strip().split("\\s+")[0]);
            }
        }
        if (element.is("meta[http-equiv=refresh]")) {
            Matcher url = REFRESH_URL.matcher(element.attr("content"));
            found.add(url.find() ? url.group(1).strip() : "");
        } else if (element.is("meta")) {
            found.add(element.attr("content"));
        }
        return found;
    }

    /** URLs in JSON: string values that are root-relative paths or absolute ones under the site. */
    private void checkJson(Path file, JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith(base.toString()) || text.matches("/[^\\s/][^\\s]*|/")) {
                check(file, text);
            }
        }
        node.forEach(child -> checkJson(file, child));
    }

    private void check(Path file, String reference) {
        String problem = problem(file, reference.strip());
        if (problem != null) {
            broken.add(out.relativize(file).toString().replace('\\', '/') + ": " + reference + " (" + problem + ")");
        }
    }

    /** Why a reference from this file is broken, or null when it is fine or leads elsewhere. */
    private String problem(Path file, String reference) {
        if (reference.isEmpty() || reference.equals("#")) {
            return "empty";
        }
        URI target;
        try {
            URI page = base.resolve(new URI(null, null, out.relativize(file).toString().replace('\\', '/'), null));
            target = page.resolve(new URI(reference.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "not a URL";
        }
        if (target.getScheme() != null && target.getScheme().equalsIgnoreCase("javascript")) {
            return "a script, not a link";
        }
        if (!isInSite(target)) {
            return null;
        }
        Path targetFile = fileOf(target.getPath().substring(base.getPath().length()));
        if (targetFile == null) {
            return "no such file";
        }
        String fragment = target.getFragment();
        if (fragment != null && targetFile.toString().endsWith(".html") && !anchorsOf(targetFile).contains(fragment)) {
            return "no element with id \"" + fragment + "\"";
        }
        return null;
    }

    private boolean isInSite(URI target) {
        return target.getScheme() != null && target.getScheme().equalsIgnoreCase(base.getScheme())
                && base.getHost().equalsIgnoreCase(target.getHost()) && base.getPort() == target.getPort()
                && target.getPath() != null && target.getPath().startsWith(base.getPath());
    }

    /** The published file a path inside the site names (a folder names its index.html), or null. */
    private Path fileOf(String relative) {
        Path path = out.resolve(relative).normalize();
        if (!path.startsWith(out)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            path = path.resolve("index.html");
        }
        return Files.isRegularFile(path) ? path : null;
    }

    private Set<String> anchorsOf(Path page) {
        return anchors.computeIfAbsent(page, p -> {
            try {
                Set<String> ids = new HashSet<>();
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                doc.select("[id]").forEach(e -> ids.add(e.id()));
                doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
