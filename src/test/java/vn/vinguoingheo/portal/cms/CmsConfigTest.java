package vn.vinguoingheo.portal.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.cms.CmsSites.collection;
import static vn.vinguoingheo.portal.cms.CmsSites.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.check.ContractSchema;
import vn.vinguoingheo.portal.content.check.FieldSpec;
import vn.vinguoingheo.portal.content.check.FieldType;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;
import vn.vinguoingheo.portal.registry.Stage;

/** The generated CMS configuration, read back and held against the content contract. */
class CmsConfigTest {

    private static final String BASE = "https://so-ldtbxh.github.io/guong-sang/";

    /** The widget each kind of field must get. */
    private static final Map<FieldType, String> WIDGETS = Map.ofEntries(
            Map.entry(FieldType.TEXT, "string"), Map.entry(FieldType.LONG_TEXT, "text"), Map.entry(FieldType.SUMMARY, "text"),
            Map.entry(FieldType.URL, "string"), Map.entry(FieldType.DATE, "datetime"), Map.entry(FieldType.PUBLICATION_DATE, "datetime"),
            Map.entry(FieldType.YEAR, "number"), Map.entry(FieldType.NUMBER, "number"), Map.entry(FieldType.BOOLEAN, "boolean"),
            Map.entry(FieldType.IMAGE, "image"), Map.entry(FieldType.AREA, "select"), Map.entry(FieldType.AREA_LIST, "select"),
            Map.entry(FieldType.PROVINCE_LIST, "select"), Map.entry(FieldType.MODEL_TYPE_LIST, "select"),
            Map.entry(FieldType.STAGE, "select"), Map.entry(FieldType.INDICATOR, "select"), Map.entry(FieldType.COMPARISON, "select"),
            Map.entry(FieldType.TEXT_LIST, "list"), Map.entry(FieldType.REFERENCE_LIST, "list"),
            Map.entry(FieldType.PATH_LIST, "list"), Map.entry(FieldType.OBJECT_LIST, "list"),
            Map.entry(FieldType.MODEL_LIST, "relation"), Map.entry(FieldType.DECISION_LIST, "relation"),
            Map.entry(FieldType.OBJECT, "object"), Map.entry(FieldType.DOCUMENT_TYPE, "select"),
            Map.entry(FieldType.DOCUMENT_STATUS, "select"), Map.entry(FieldType.FILE, "file"));
    private static final List<FieldType> MULTIPLE = List.of(FieldType.AREA_LIST, FieldType.PROVINCE_LIST,
            FieldType.MODEL_TYPE_LIST, FieldType.MODEL_LIST, FieldType.DECISION_LIST);

    @TempDir
    static Path tmp;
    static Path site;
    static Path out;
    static JsonNode config;

    @BeforeAll
    static void build() throws Exception {
        site = CmsSites.withCms(TestSites.copy("basic", tmp), "cms:\n  backend: github\n  repo: so-ldtbxh/guong-sang\n  branch: main\n");
        TestSites.write(site, "content/model-types.yaml", """
                nuoi-ong:
                  label: Nuôi ong lấy mật
                sinh-ke:
                  label: Sinh kế
                nha-o:
                  label: Nhà ở
                tin-dung:
                  label: Vốn vay
                """);
        out = CmsSites.build(site, tmp.resolve("public"), URI.create(BASE));
        config = CmsSites.config(out);
    }

    @Test
    void everyFieldOfEveryKindHasItsWidgetAndRequiredFlag() {
        for (Kind kind : Kind.values()) {
            JsonNode collection = collection(config, kind);
            assertEquals("content/" + kind.folder(), collection.get("folder").asText());
            assertEquals("yaml-frontmatter", collection.get("format").asText());
            assertEquals("md", collection.get("extension").asText());
            List<FieldSpec> contract = ContractSchema.fields(kind).stream().filter(f -> f.type() != FieldType.KIND).toList();
            List<String> names = new ArrayList<>(FieldSpec.names(contract));
            names.add("body");
            assertEquals(names, names(collection.get("fields")), kind + ": the contract's fields, then the body");
            checkFields(kind.folder(), contract, collection.get("fields"));
            assertEquals("markdown", field(collection.get("fields"), "body").get("widget").asText());
        }
    }

    private static void checkFields(String where, List<FieldSpec> contract, JsonNode fields) {
        for (FieldSpec spec : contract) {
            JsonNode field = field(fields, spec.name());
            String at = where + "." + spec.name();
            assertEquals(WIDGETS.get(spec.type()), field.get("widget").asText(), at);
            assertEquals(spec.required(), field.get("required").asBoolean(), at + " required");
            assertEquals(spec.label(), field.get("label").asText(), at);
            if (spec.hint() != null) {
                assertEquals(spec.hint(), field.get("hint").asText(), at);
            }
            if (field.has("multiple")) {
                assertEquals(MULTIPLE.contains(spec.type()), field.get("multiple").asBoolean(), at + " multiple");
            }
            switch (spec.type()) {
                case YEAR -> assertEquals("int", field.get("value_type").asText(), at);
                case NUMBER -> assertEquals("float", field.get("value_type").asText(), at);
                case DATE, PUBLICATION_DATE -> assertEquals("YYYY-MM-DD", field.get("format").asText(), at);
                case OBJECT, OBJECT_LIST -> {
                    assertEquals(FieldSpec.names(spec.fields()), names(field.get("fields")), at);
                    checkFields(at, spec.fields(), field.get("fields"));
                }
                default -> {
                }
            }
        }
    }

    @Test
    void provinceSelectsOfferThe34CurrentAndTheLegacyUnits() {
        AreaRegistry areas = AreaRegistry.builtIn();
        List<String> units = Stream.concat(areas.current().stream(), areas.legacy().stream()).map(Area::code).toList();
        assertEquals(34 + 30, units.size());
        List<String> withCountry = Stream.concat(Stream.of("vn"), units.stream()).toList();

        JsonNode modelProvince = field(collection(config, Kind.MODEL).get("fields"), "province");
        assertEquals(withCountry, values(modelProvince));
        assertEquals("Bạc Liêu (nay thuộc Cà Mau)", label(modelProvince, "bac-lieu"));
        assertEquals("Cần Thơ", label(modelProvince, "can-tho"));
        assertEquals("Cả nước", label(modelProvince, "vn"));
        assertEquals(withCountry, values(field(collection(config, Kind.STORY).get("fields"), "province")));
        assertEquals(withCountry, values(field(collection(config, Kind.DECISION).get("fields"), "province")));
        assertEquals(units, values(field(collection(config, Kind.MODEL).get("fields"), "replicated_in")), "copied to provinces, not to 'the country'");
        JsonNode targets = field(collection(config, Kind.DECISION).get("fields"), "targets").get("fields");
        assertEquals(withCountry, values(field(targets, "area")));
    }

    @Test
    void modelTypesComeFromTheSitesFileAndStagesFromTheMovementsSteps() {
        JsonNode fields = collection(config, Kind.MODEL).get("fields");
        assertEquals(List.of("nuoi-ong", "sinh-ke", "nha-o", "tin-dung"), values(field(fields, "model_type")));
        assertEquals("Nuôi ong lấy mật", label(field(fields, "model_type"), "nuoi-ong"));
        assertEquals(Arrays.stream(Stage.values()).map(Stage::code).toList(), values(field(fields, "stage")));
        JsonNode targets = field(collection(config, Kind.DECISION).get("fields"), "targets").get("fields");
        assertTrue(values(field(targets, "indicator")).contains("poor-household-rate"), "indicators from the built-in file");
        assertEquals(List.of("<=", ">=", "=", "change"), values(field(targets, "comparison")));
    }

    @Test
    void storiesLinkModelsAndDecisionsByTheirSlugs() {
        JsonNode fields = collection(config, Kind.STORY).get("fields");
        assertEquals("models", field(fields, "models").get("collection").asText());
        assertEquals("decisions", field(fields, "decisions").get("collection").asText());
        assertEquals("{{slug}}", field(fields, "models").get("value_field").asText());
    }

    @Test
    void editorialWorkflowNoI18nAndTheGitHostFromSiteYaml() {
        assertEquals("editorial_workflow", config.get("publish_mode").asText());
        assertFalse(hasKey(config, "i18n"), "i18n stays off");
        assertEquals("github", config.at("/backend/name").asText());
        assertEquals("so-ldtbxh/guong-sang", config.at("/backend/repo").asText());
        assertEquals("main", config.at("/backend/branch").asText());
        assertTrue(config.at("/output/omit_empty_optional_fields").asBoolean(),
                "the contract reads an empty optional field as a mistake");
        assertEquals("assets/images", config.get("media_folder").asText());
    }

    @Test
    void addressesFollowTheBaseUrlAndItsSubPath() throws Exception {
        assertEquals(BASE, config.get("site_url").asText());
        assertEquals(BASE, config.get("display_url").asText());
        assertTrue(config.at("/logo/src").asText().startsWith("/guong-sang/assets/favicon.svg?v="));
        assertEquals("/guong-sang/mo-hinh/{{slug}}/", collection(config, Kind.MODEL).get("preview_path").asText());
        assertEquals("/guong-sang/van-ban/{{slug}}/", collection(config, Kind.DECISION).get("preview_path").asText());
        assertEquals("/guong-sang/tin-tuc/{{slug}}/", collection(config, Kind.STORY).get("preview_path").asText());
        // What editors store stays site-relative, as links in bodies do; the build adds the sub-path.
        assertEquals("/assets/images", config.get("public_folder").asText());
        assertEquals("/guong-sang/admin/config.yml", adminPage().selectFirst("link[rel=cms-config-url]").attr("href"));
    }

    @Test
    void adminPageLoadsThePinnedCmsCheckedByItsHashAndIsNotIndexed() throws Exception {
        Document admin = adminPage();
        assertEquals("vi", admin.selectFirst("html").attr("lang"));
        assertEquals(1, admin.select("script").size());
        Element script = admin.selectFirst("script");
        assertTrue(script.attr("src").matches("https://unpkg\\.com/@sveltia/cms@\\d+\\.\\d+\\.\\d+/dist/sveltia-cms\\.js"),
                "an exact version, never a range or latest: " + script.attr("src"));
        assertTrue(script.attr("integrity").matches("sha384-[A-Za-z0-9+/]{64}"), script.attr("integrity"));
        assertEquals("anonymous", script.attr("crossorigin"));
        assertTrue(script.data().isEmpty());
        assertEquals("noindex, nofollow", admin.selectFirst("meta[name=robots]").attr("content"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains(BASE + "mo-hinh/"));
        assertFalse(sitemap.contains("admin"), "the admin page is for editors only");
    }

    @Test
    void sameContentWritesTheSameConfiguration() throws Exception {
        Path again = CmsSites.build(site, tmp.resolve("again"), URI.create(BASE));
        assertEquals(Files.readString(out.resolve("admin/config.yml")), Files.readString(again.resolve("admin/config.yml")));
        assertEquals(Files.readString(out.resolve("admin/index.html")), Files.readString(again.resolve("admin/index.html")));
    }

    @Test
    void aSiteWithoutCmsSectionHasNoAdminPage() throws Exception {
        Path plain = CmsSites.build(TestSites.copy("basic", tmp.resolve("plain")), tmp.resolve("plain-out"), null);
        assertTrue(Files.isRegularFile(plain.resolve("index.html")));
        assertFalse(Files.exists(plain.resolve("admin")));
    }

    @Test
    void selfHostedGitLabWithTheSiteInASubfolder() throws Exception {
        Path gitlab = CmsSites.withCms(TestSites.copy("basic", tmp.resolve("gitlab")), """
                cms:
                  backend: gitlab
                  repo: so-ldtbxh/cong-thong-tin/guong-sang
                  folder: /trang-tinh/
                  app_id: 0a1b2c
                  api_root: https://git.ldtbxh.example.vn/api/v4
                  auth_url: https://git.ldtbxh.example.vn
                """);
        JsonNode gitlabConfig = CmsSites.config(CmsSites.build(gitlab, tmp.resolve("gitlab-out"), null));
        assertEquals("gitlab", gitlabConfig.at("/backend/name").asText());
        assertEquals("pkce", gitlabConfig.at("/backend/auth_type").asText());
        assertEquals("0a1b2c", gitlabConfig.at("/backend/app_id").asText());
        assertEquals("https://git.ldtbxh.example.vn/api/v4", gitlabConfig.at("/backend/api_root").asText());
        assertEquals("https://git.ldtbxh.example.vn", gitlabConfig.at("/backend/base_url").asText());
        assertTrue(gitlabConfig.at("/backend/branch").isMissingNode(), "the repository's default branch");
        assertEquals("trang-tinh/content/stories", collection(gitlabConfig, Kind.STORY).get("folder").asText());
        assertEquals("trang-tinh/assets/images", gitlabConfig.get("media_folder").asText());
        assertEquals("/assets/images", gitlabConfig.get("public_folder").asText());
    }

    private static Document adminPage() throws Exception {
        return Jsoup.parse(out.resolve("admin/index.html").toFile(), "UTF-8");
    }

    private static List<String> names(JsonNode fields) {
        return StreamSupport.stream(fields.spliterator(), false).map(f -> f.get("name").asText()).toList();
    }

    private static List<String> values(JsonNode select) {
        return StreamSupport.stream(select.get("options").spliterator(), false).map(o -> o.get("value").asText()).toList();
    }

    private static String label(JsonNode select, String value) {
        return StreamSupport.stream(select.get("options").spliterator(), false)
                .filter(o -> o.get("value").asText().equals(value)).findFirst().orElseThrow().get("label").asText();
    }

    private static boolean hasKey(JsonNode node, String key) {
        if (node.isObject() && node.has(key)) {
            return true;
        }
        return StreamSupport.stream(node.spliterator(), false).anyMatch(child -> hasKey(child, key));
    }
}
