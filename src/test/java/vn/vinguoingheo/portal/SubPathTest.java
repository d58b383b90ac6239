package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site hosted under a sub-path: no link may escape it. */
class SubPathTest {

    private static final String BASE = "https://so-ldtbxh.github.io/guong-sang/";

    @TempDir
    Path tmp;

    @Test
    void noLinkEscapesTheSubPath() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("out");
        assertTrue(Portal.build(site, out, URI.create(BASE)).built());
        int checked = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                    for (Element e : doc.getAllElements()) {
                        for (var attribute : e.attributes()) {
                            String key = attribute.getKey();
                            if (!(key.equals("href") || key.equals("src") || key.equals("action") || key.startsWith("data-"))) {
                                continue;
                            }
                        String url = attribute.getValue();
                        if (url.startsWith("/")) {
                            assertTrue(url.startsWith("/guong-sang/"), file + ": " + url);
                            checked++;
                        } else if (url.startsWith("https://so-ldtbxh.github.io")) {
                            assertTrue(url.startsWith(BASE), file + ": " + url);
                        }
                        }
                    }
                } else if (name.endsWith(".json")) {
                    Matcher links = Pattern.compile("\"(/[^\"]*)\"").matcher(Files.readString(file));
                    while (links.find()) {
                        assertTrue(links.group(1).startsWith("/guong-sang/"), file + ": " + links.group(1));
                    }
                } else if (name.endsWith(".xml") || name.endsWith(".txt")) {
                    Matcher urls = Pattern.compile("https?://[^\\s<\"]+").matcher(Files.readString(file));
                    while (urls.find()) {
                        String url = urls.group();
                        if (url.contains("github.io")) {
                            assertTrue(url.startsWith(BASE), file + ": " + url);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "links checked: " + checked);
        String story = Files.readString(out.resolve("tin-tuc/tin-mau/index.html"));
        assertTrue(story.contains("href=\"/guong-sang/mo-hinh/dan-tham-luc-binh/\""), "links in Markdown bodies are rebased");
        assertFalse(story.contains("href=\"/mo-hinh/"));
    }
}
