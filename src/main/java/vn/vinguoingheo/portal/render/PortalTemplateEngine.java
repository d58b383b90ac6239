package vn.vinguoingheo.portal.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import vn.vinguoingheo.portal.share.QrCode;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.structured.JsonLd;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * JBake's template engine for {@code .ftlh} and {@code .ftlx} templates (registered in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}). Unlike JBake's own Freemarker
 * engine it escapes every value (HTML or XML output format), fails on any template error instead
 * of writing the error into the page, looks for a template first in the site's {@code templates/}
 * and then among the built-in ones, and gives templates the site model rather than database queries.
 * Root variables: {@code site}, {@code page}, {@code urls}, {@code fmt} (vi-VN formats), {@code qr} (QR codes),
 * {@code jsonLd} (structured data).
 */
public final class PortalTemplateEngine extends AbstractTemplateEngine {

    /** Configuration key under which the build hands the site model to JBake's parts. */
    public static final String SITE_KEY = "portal.site";
    /** Configuration key of the site's own templates folder, if it has one. */
    public static final String SITE_TEMPLATES_KEY = "portal.templates";
    /** Document key holding the {@link vn.vinguoingheo.portal.site.Page} a document draws. */
    public static final String PAGE_KEY = "page";

    private static final String BUILT_IN_TEMPLATES = "/builtin/templates";

    private final Configuration freemarker;
    private final QrCode qr;

    public PortalTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        this.freemarker = createConfiguration(config);
        this.qr = new QrCode(PortalRenderingTool.cache(config));
    }

    private static Configuration createConfiguration(JBakeConfiguration config) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader(config));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.forLanguageTag("vi-VN"));
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        // Templates read records and the site model alike as properties: page.title, site.config.title.
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        return cfg;
    }

    private static TemplateLoader loader(JBakeConfiguration config) {
        List<TemplateLoader> loaders = new ArrayList<>();
        Object siteTemplates = config.get(SITE_TEMPLATES_KEY);
        if (siteTemplates instanceof File dir && dir.isDirectory()) {
            try {
                loaders.add(new FileTemplateLoader(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(PortalTemplateEngine.class, BUILT_IN_TEMPLATES));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(rootModel(model), writer);
        } catch (ParseException e) {
            throw new RenderingException(new TemplateFailure(e));
        } catch (TemplateException e) {
            throw new RenderingException(new TemplateFailure(e));
        } catch (IOException e) {
            throw new RenderingException(new TemplateFailure(templateName, e));
        }
    }

    private Map<String, Object> rootModel(TemplateModel model) {
        SiteModel site = (SiteModel) config.get(SITE_KEY);
        Map<String, Object> root = new HashMap<>(model);
        DocumentModel content = model.getContent();
        root.put("site", site);
        root.put("urls", site.urls());
        root.put("fmt", new ViFormat());
        root.put("qr", qr);
        root.put("jsonLd", new JsonLd(site));
        root.put(PAGE_KEY, content.containsKey(PAGE_KEY) ? content.get(PAGE_KEY) : stockPage(site, content.getType()));
        return root;
    }

    /** The page drawn by one of JBake's own renderers, which know nothing of pages. */
    private static Object stockPage(SiteModel site, String jbakeType) {
        return switch (jbakeType) {
            case "masterindex" -> site.home();
            case "error404" -> site.notFound();
            default -> null;
        };
    }
}
