package vn.vinguoingheo.portal.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.cms.CmsSites.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Files;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;

/**
 * Entries saved the way the CMS saves them, front matter written from the generated
 * configuration's fields and widgets, pass the generator's check without a single remark.
 */
class CmsEntriesTest {

    private static final String SLUG = "mau-tu-cms";
    private static final String IMAGE = "anh-mau.png";
    /** Values for fields the configuration restricts with a pattern, by the field's name. */
    private static final Map<String, String> PATTERNED = Map.of("related", "models/" + SLUG, "aliases", "/mo-hinh/ten-cu/");
    /** Options chosen where the first would contradict another field: a decision with a replacement has been replaced. */
    private static final Map<String, String> CHOSEN = Map.of("status", "bi-thay-the");
    private static final String PDF = "van-ban-mau.pdf";
    private static final ObjectMapper FRONT_MATTER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    @TempDir
    Path tmp;

    @Test
    void entriesTheCmsSavesPassTheCheck() throws Exception {
        Path site = CmsSites.withCms(TestSites.minimal(tmp), "cms: {backend: github, repo: so-ldtbxh/guong-sang}\n");
        JsonNode config = CmsSites.config(CmsSites.build(site, tmp.resolve("out"), null));
        // An upload goes to media_folder and is written into the entry as public_folder/name.
        Path upload = site.resolve(config.get("media_folder").asText()).resolve(IMAGE);
        Files.createDirectories(upload.getParent());
        // Wide enough for every screen: a narrower photo draws a warning.
        ImageIO.write(new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB), "png", upload.toFile());
        String image = config.get("public_folder").asText() + "/" + IMAGE;
        Files.writeString(upload.resolveSibling(PDF), "%PDF-1.4\n%%EOF\n");

        for (Kind kind : Kind.values()) {
            JsonNode collection = collection(config, kind);
            String folder = collection.get("folder").asText();
            Map<String, Object> everyField = frontMatter(collection.get("fields"), f -> true, image);
            // An old path leads to one entry only.
            everyField.put("aliases", List.of("/" + kind.folder() + "/ten-cu/"));
            writeEntry(site, folder + "/" + SLUG + ".md", everyField);
            writeEntry(site, folder + "/chi-truong-bat-buoc.md",
                    frontMatter(collection.get("fields"), f -> f.get("required").asBoolean(), image));
        }

        LoadResult checked = Portal.check(site);
        assertEquals(List.of(), checked.errors(), "a CMS-made entry passes the check");
        List<Problem> remarks = checked.problems().stream().filter(p -> p.location().file().contains(SLUG)).toList();
        assertEquals(List.of(), remarks.stream().filter(p -> !p.isNote()).toList(),
                "an entry with every field filled in draws no remark, not even an unknown-field warning");
        assertEquals(Kind.values().length, remarks.stream().filter(Problem::isNote).count(), "check shows each editor_note: " + remarks);
        assertEquals(Kind.values().length * 2, checked.content().entries().size());
    }

    private static void writeEntry(Path site, String path, Map<String, Object> frontMatter) throws Exception {
        TestSites.write(site, path, "---\n" + FRONT_MATTER.writeValueAsString(frontMatter) + "---\nNội dung soạn trong CMS.\n");
    }

    /** The front matter the CMS writes for the given fields, in their order, leaving out the body and unfilled fields. */
    private static Map<String, Object> frontMatter(JsonNode fields, Predicate<JsonNode> filled, String image) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            if (!name.equals("body") && filled.test(field)) {
                values.put(name, value(field, filled, image));
            }
        }
        return values;
    }

    private static Object value(JsonNode field, Predicate<JsonNode> filled, String image) {
        String name = field.get("name").asText();
        return switch (field.get("widget").asText()) {
            case "string" -> field.path("type").asText().equals("url") ? "https://example.org/nguon" : "Chữ mẫu " + name;
            case "text" -> "Một câu viết mẫu cho trường " + name + ".";
            // expires must come after the date it takes the entry down from
            case "datetime" -> name.equals("expires") ? "2099-12-31" : "2024-05-02";
            case "number" -> field.get("value_type").asText().equals("int") ? (Object) 2024 : (Object) 2.93;
            case "boolean" -> false;
            case "image" -> image;
            case "file" -> image.substring(0, image.lastIndexOf('/') + 1) + PDF;
            case "select" -> {
                String first = CHOSEN.getOrDefault(name, field.get("options").get(0).get("value").asText());
                yield field.get("multiple").asBoolean() ? List.of(first) : first;
            }
            case "relation" -> List.of(SLUG);
            case "object" -> frontMatter(field.get("fields"), filled, image);
            case "list" -> field.has("fields")
                    ? List.of(frontMatter(field.get("fields"), filled, image))
                    : List.of(listItem(name, field.get("field")));
            default -> throw new AssertionError("a widget this test does not know: " + field);
        };
    }

    private static String listItem(String listName, JsonNode item) {
        assertEquals("string", item.get("widget").asText(), listName);
        if (!item.has("pattern")) {
            return "Mục mẫu của " + listName;
        }
        String value = PATTERNED.get(listName);
        assertTrue(value != null && value.matches(item.get("pattern").get(0).asText()),
                listName + ": the pattern must accept a valid value, " + value);
        return value;
    }
}
