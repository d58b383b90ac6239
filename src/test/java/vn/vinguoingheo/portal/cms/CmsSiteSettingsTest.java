package vn.vinguoingheo.portal.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.check.FieldSpec;
import vn.vinguoingheo.portal.content.check.SiteSchema;

/** The CMS's settings form for site.yaml: every key of the contract, and what it saves passes the check. */
class CmsSiteSettingsTest {

    private static final ObjectMapper WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
    /** Values the form's fields take where a plain text would not do, by the field's name. */
    private static final Map<String, Object> VALUES = Map.of("email", "lienhe@so.example.vn", "backend", "github",
            "repo", "so-ldtbxh/guong-sang", "folder", "trang", "language", "vi", "review_months", 12);

    @TempDir
    Path tmp;

    @Test
    void theSettingsFormListsEveryKeyAndWhatItSavesPassesTheCheck() throws Exception {
        Path site = CmsSites.withCms(TestSites.minimal(tmp), "cms: {backend: github, repo: so-ldtbxh/guong-sang}\n");
        JsonNode config = CmsSites.config(CmsSites.build(site, tmp.resolve("out"), null));
        JsonNode collection = StreamSupport.stream(config.get("collections").spliterator(), false)
                .filter(c -> c.get("name").asText().equals("thong-tin-trang")).findFirst().orElseThrow();
        JsonNode file = collection.get("files").get(0);
        assertEquals("content/site.yaml", file.get("file").asText());
        assertEquals(FieldSpec.names(SiteSchema.FIELDS), names(file.get("fields")));
        JsonNode publisher = CmsSites.field(file.get("fields"), "publisher");
        assertEquals(List.of("agency", "responsible", "address", "phone", "email", "focal_contact", "licence", "reuse"),
                names(publisher.get("fields")));
        assertEquals(true, CmsSites.field(publisher.get("fields"), "agency").get("required").asBoolean());
        assertEquals(false, CmsSites.field(publisher.get("fields"), "licence").get("required").asBoolean());

        Files.writeString(site.resolve("content/site.yaml"), WRITER.writeValueAsString(values(file.get("fields"))));
        LoadResult checked = Portal.check(site);
        assertEquals(List.of(), checked.problems(), "site.yaml saved from the form with every field filled in draws no remark");
        SiteConfig.Publisher saved = checked.content().config().publisher();
        assertEquals("Chữ mẫu agency", saved.agency());
        assertEquals("lienhe@so.example.vn", saved.focal().email());
        assertEquals(12, checked.content().config().dataPolicy().reviewMonths());
    }

    private static Map<String, Object> values(JsonNode fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            Object value = switch (field.get("widget").asText()) {
                case "object" -> values(field.get("fields"));
                case "string" -> VALUES.getOrDefault(name, field.path("type").asText().equals("url") ? "https://example.org/" + name
                        : "Chữ mẫu " + name);
                case "text" -> "Một câu mẫu cho " + name + ".";
                case "number" -> VALUES.get(name);
                default -> throw new AssertionError("a widget this test does not know: " + field);
            };
            values.put(name, value);
        }
        return values;
    }

    private static List<String> names(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
