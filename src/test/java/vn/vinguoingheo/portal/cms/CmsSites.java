package vn.vinguoingheo.portal.cms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Kind;

/** Sites with a CMS for the tests of this package, and reading back what the build wrote. */
final class CmsSites {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CmsSites() {
    }

    /** Adds a {@code cms:} section to a site's site.yaml. */
    static Path withCms(Path site, String cmsSection) {
        try {
            Path settings = site.resolve("content/site.yaml");
            Files.writeString(settings, Files.readString(settings) + "\n" + cmsSection);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a site and returns its output folder. */
    static Path build(Path site, Path out, URI baseUrl) throws Portal.BuildFailure {
        Portal.BuildResult result = Portal.build(site, out, baseUrl);
        assertTrue(result.built(), result.problems()::toString);
        return out;
    }

    static JsonNode config(Path out) {
        try {
            return YAML.readTree(TestSites.read(out.resolve("admin/config.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode collection(JsonNode config, Kind kind) {
        return StreamSupport.stream(config.get("collections").spliterator(), false)
                .filter(c -> c.get("name").asText().equals(kind.folder())).findFirst()
                .orElseThrow(() -> new AssertionError("no collection " + kind.folder()));
    }

    static JsonNode field(JsonNode fields, String name) {
        return StreamSupport.stream(fields.spliterator(), false)
                .filter(f -> f.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }
}
