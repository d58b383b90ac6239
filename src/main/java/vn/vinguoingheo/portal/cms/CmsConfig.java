package vn.vinguoingheo.portal.cms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.List;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.check.ContractSchema;
import vn.vinguoingheo.portal.content.check.FieldSpec;
import vn.vinguoingheo.portal.content.check.FieldType;
import vn.vinguoingheo.portal.content.check.SiteSchema;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.site.Urls;

/**
 * The CMS's {@code config.yml} (Sveltia CMS; Decap CMS's format): one collection per kind of
 * entry with the contract's fields, the site's git host, editorial workflow and media folder.
 */
final class CmsConfig {

    /** Where uploaded images go, inside the site folder. */
    private static final String MEDIA_FOLDER = "assets/images";

    private static final String HEADER = "# Tạo tự động khi build, từ quy ước nội dung và mục cms: của content/site.yaml.\n"
            + "# Đừng sửa tệp này: sửa site.yaml rồi build lại.\n";
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private CmsConfig() {
    }

    /**
     * @param logo the link to the site's icon, shown on the CMS's sign-in page, or null
     */
    static String yaml(SiteConfig site, Urls urls, Widgets widgets, String logo) {
        SiteConfig.Cms cms = site.cms();
        ObjectNode root = YAML.createObjectNode();
        root.set("backend", backend(cms));
        root.put("publish_mode", "editorial_workflow");
        root.put("site_url", urls.absolute(urls.home()));
        root.put("display_url", urls.absolute(urls.home()));
        if (logo != null) {
            root.putObject("logo").put("src", logo);
        }
        root.put("media_folder", inRepository(cms, MEDIA_FOLDER));
        // Editors' paths are site-relative, as links in bodies are: the build adds a base URL's sub-path.
        root.put("public_folder", "/" + MEDIA_FOLDER);
        root.putObject("slug").put("encoding", "ascii").put("clean_accents", true);
        // The contract reads an empty optional field as a mistake; leave such fields out instead.
        root.putObject("output").put("omit_empty_optional_fields", true);
        ArrayNode collections = root.putArray("collections");
        for (Kind kind : Kind.values()) {
            collections.add(collection(kind, cms, urls, widgets));
        }
        collections.add(settings(cms, widgets));
        try {
            return HEADER + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String collectionName(Kind kind) {
        return kind.folder();
    }

    private static ObjectNode backend(SiteConfig.Cms cms) {
        ObjectNode backend = YAML.createObjectNode().put("name", cms.backend()).put("repo", cms.repo());
        putIfSet(backend, "branch", cms.branch());
        putIfSet(backend, "api_root", cms.apiRoot());
        putIfSet(backend, "base_url", cms.authUrl());
        putIfSet(backend, "app_id", cms.appId());
        if (cms.backend().equals("gitlab") && cms.appId() != null) {
            backend.put("auth_type", "pkce");
        }
        return backend;
    }

    private static ObjectNode collection(Kind kind, SiteConfig.Cms cms, Urls urls, Widgets widgets) {
        List<FieldSpec> fields = ContractSchema.fields(kind);
        ObjectNode collection = YAML.createObjectNode()
                .put("name", collectionName(kind))
                .put("label", kind.label())
                .put("folder", inRepository(cms, ContentLoader.CONTENT_DIR + "/" + kind.folder()))
                .put("create", true)
                .put("format", "yaml-frontmatter")
                .put("extension", "md")
                .put("identifier_field", "title")
                .put("slug", "{{slug}}")
                .put("preview_path", urls.entry(kind, "{{slug}}"));
        collection.putArray("sortable_fields").add(dateField(fields)).add("title");
        ArrayNode inputs = widgets.fields(fields);
        inputs.add(widgets.body());
        collection.set("fields", inputs);
        return collection;
    }

    /**
     * The site's settings as one form (a file collection of {@code content/site.yaml}): the publisher
     * block, contacts and the open data's terms above all. It lists every key of site.yaml, so that
     * saving the form writes none of them away.
     */
    private static ObjectNode settings(SiteConfig.Cms cms, Widgets widgets) {
        ObjectNode collection = YAML.createObjectNode()
                .put("name", SETTINGS_COLLECTION)
                .put("label", "Thông tin trang");
        collection.putObject("editor").put("preview", false);
        ObjectNode file = collection.putArray("files").addObject()
                .put("name", "site")
                .put("label", "Cơ quan chủ quản, liên hệ, dữ liệu mở")
                .put("file", inRepository(cms, ContentLoader.CONTENT_DIR + "/site.yaml"))
                .put("format", "yaml");
        file.set("fields", widgets.fields(SiteSchema.FIELDS));
        return collection;
    }

    /** The name of the settings collection. */
    static final String SETTINGS_COLLECTION = "thong-tin-trang";

    /** The entry's own date: the first required date of its kind ({@code date}, or {@code issued} for a decision). */
    private static String dateField(List<FieldSpec> fields) {
        return fields.stream()
                .filter(f -> f.required() && (f.type() == FieldType.DATE || f.type() == FieldType.PUBLICATION_DATE))
                .map(FieldSpec::name).findFirst().orElseThrow();
    }

    /** A path of the site as the repository sees it: under {@code cms.folder} when the site is not the repository's root. */
    private static String inRepository(SiteConfig.Cms cms, String path) {
        return cms.folder().isEmpty() ? path : cms.folder() + "/" + path;
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
