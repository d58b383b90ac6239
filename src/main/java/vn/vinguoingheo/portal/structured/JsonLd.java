package vn.vinguoingheo.portal.structured;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.Replication;
import vn.vinguoingheo.portal.content.SiteConfig;
import vn.vinguoingheo.portal.content.StoryDetails;
import vn.vinguoingheo.portal.site.Datasets;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Urls;
import vn.vinguoingheo.portal.site.Views;

/**
 * Structured data (schema.org, JSON-LD) of a page, for search engines and aggregators:
 * {@code NewsArticle} for stories, {@code Legislation} for decisions, {@code CreativeWork} with a
 * {@code HowTo} for models, {@code Dataset} for the open data, {@code GovernmentOrganization} for
 * the publisher. Written by Jackson, so every string is escaped as JSON; then every {@code </}
 * becomes {@code <\/} and {@code <!--} {@code <\u0021--}, so that no text (a hostile title) can
 * end the {@code <script>} element that holds it. Exposed to templates as {@code jsonLd}.
 */
public final class JsonLd {

    public static final String CONTEXT = "https://schema.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteModel site;
    private final Urls urls;
    private final SiteConfig config;

    public JsonLd(SiteModel site) {
        this.site = site;
        this.urls = site.urls();
        this.config = site.config();
    }

    /** The JSON-LD of any page, or "" when it has none: entries, the open data page, the publisher's pages and the home page. */
    public String of(Page page) {
        Object data = page.data();
        ObjectNode node = null;
        if (data instanceof Views.EntryView view) {
            node = entry(page, view.entry());
        } else if (data instanceof Datasets.DatasetsView view) {
            node = datasets(view);
        } else if (data instanceof Views.PublisherView && config.publisher() != null) {
            node = withContext(publisher());
        } else if (data instanceof Views.HomeView) {
            node = website();
        }
        return node == null ? "" : write(node);
    }

    /**
     * The Content-Security-Policy source that allows exactly this block ({@code 'sha256-…'}): a data
     * block never runs, but validators hold inline scripts to the page's policy, and naming its hash
     * allows it without allowing any other inline script.
     */
    public String cspSource(String json) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON text safe inside a {@code <script>} element of HTML. */
    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node).replace("</", "<\\/").replace("<!--", "<\\u0021--");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private ObjectNode entry(Page page, Entry entry) {
        ObjectNode node;
        if (entry.details() instanceof StoryDetails story) {
            node = story(entry, story);
        } else if (entry.details() instanceof DecisionDetails decision) {
            node = decision(entry, decision);
        } else {
            node = model(entry, (ModelDetails) entry.details());
        }
        node.put("url", page.share().url());
        node.put("mainEntityOfPage", page.share().url());
        node.put("inLanguage", "vi");
        node.put("image", page.share().image());
        node.put("datePublished", entry.date().toString());
        node.put("dateModified", entry.lastChanged().toString());
        node.set("publisher", publisher());
        if (!entry.areas().isEmpty()) {
            ArrayNode places = node.putArray("spatialCoverage");
            entry.areas().forEach(a -> places.addObject().put("@type", "AdministrativeArea").put("name", a.name()));
        }
        return withContext(node);
    }

    private ObjectNode story(Entry entry, StoryDetails story) {
        ObjectNode node = JSON.createObjectNode().put("@type", "NewsArticle");
        node.put("headline", entry.title());
        node.put("description", entry.summary());
        if (story.author() != null) {
            node.putObject("author").put("@type", "Person").put("name", story.author());
        } else {
            node.set("author", organisation());
        }
        return node;
    }

    private ObjectNode decision(Entry entry, DecisionDetails d) {
        ObjectNode node = JSON.createObjectNode().put("@type", "Legislation");
        node.put("name", entry.title());
        node.put("description", entry.summary());
        node.put("legislationIdentifier", d.number());
        if (d.documentType() != null) {
            node.put("legislationType", d.documentType().label());
        }
        node.put("legislationDate", entry.date().toString());
        if (d.effective() != null) {
            node.put("legislationDateOfApplicability", d.effective().toString());
        }
        node.putObject("legislationPassedBy").put("@type", "GovernmentOrganization").put("name", d.issuer());
        node.put("legislationJurisdiction", "VN");
        if (d.signer() != null) {
            node.putObject("author").put("@type", "Person").put("name", d.signer());
        }
        if (d.status() != null) {
            node.put("legislationLegalForce", CONTEXT + "/" + (d.status().inForce() ? "InForce" : "NotInForce"));
        }
        if (d.file() != null && d.file().source() != null) {
            String url = site.document(entry).file().url();
            node.putObject("encoding").put("@type", "MediaObject").put("contentUrl", urls.absolute(url))
                    .put("encodingFormat", d.file().mediaType()).put("contentSize", d.file().bytes() + " B");
        }
        return node;
    }

    private ObjectNode model(Entry entry, ModelDetails model) {
        ObjectNode node = JSON.createObjectNode().put("@type", "CreativeWork");
        node.put("name", entry.title());
        node.put("headline", entry.title());
        node.put("description", entry.summary());
        node.set("author", organisation());
        Replication r = model.replication();
        if (r != null && !r.steps().isEmpty()) {
            ObjectNode howTo = node.putObject("hasPart").put("@type", "HowTo").put("name", "Cách nhân rộng: " + entry.title());
            if (r.conditions() != null) {
                howTo.put("description", r.conditions());
            }
            if (r.cost() != null) {
                howTo.putObject("estimatedCost").put("@type", "MonetaryAmount").put("currency", "VND").put("description", r.cost());
            }
            ArrayNode steps = howTo.putArray("step");
            List<String> list = r.steps();
            for (int i = 0; i < list.size(); i++) {
                steps.addObject().put("@type", "HowToStep").put("position", i + 1).put("text", list.get(i));
            }
        }
        return node;
    }

    private ObjectNode datasets(Datasets.DatasetsView view) {
        ObjectNode root = JSON.createObjectNode().put("@context", CONTEXT);
        ArrayNode graph = root.putArray("@graph");
        SiteConfig.DataPolicy policy = view.policy();
        for (Datasets.Dataset d : view.datasets()) {
            ObjectNode ds = graph.addObject().put("@type", "Dataset");
            ds.put("name", d.title());
            ds.put("description", d.description());
            ds.put("url", urls.absolute(urls.openData()));
            ds.put("inLanguage", "vi");
            ds.put("dateModified", d.modified().toString());
            ds.put("creditText", policy.citation());
            if (policy.licence() != null) {
                ds.put("license", policy.licenceUrl() != null ? policy.licenceUrl() : policy.licence());
            }
            ds.set("publisher", publisher());
            ds.set("creator", publisher());
            ArrayNode variables = ds.putArray("variableMeasured");
            d.columns().forEach(c -> variables.addObject().put("@type", "PropertyValue").put("name", c.name()).put("description", c.description()));
            ds.putArray("distribution").addObject().put("@type", "DataDownload").put("contentUrl", urls.absolute(d.url()))
                    .put("encodingFormat", d.mediaType()).put("contentSize", d.bytes() + " B");
        }
        return root;
    }

    private ObjectNode website() {
        ObjectNode node = JSON.createObjectNode().put("@type", "WebSite");
        node.put("name", config.title());
        node.put("url", urls.absolute(urls.home()));
        node.put("inLanguage", "vi");
        if (config.description() != null) {
            node.put("description", config.description());
        }
        node.set("publisher", publisher());
        return withContext(node);
    }

    /** The site's publisher: the managing agency with its contacts, or the site itself when site.yaml names none. */
    private ObjectNode publisher() {
        SiteConfig.Publisher p = config.publisher();
        if (p == null) {
            return organisation();
        }
        ObjectNode node = JSON.createObjectNode().put("@type", "GovernmentOrganization");
        node.put("name", p.agency());
        node.put("url", urls.absolute(urls.contact()));
        node.put("address", p.address());
        node.put("telephone", p.phone());
        node.put("email", p.email());
        ArrayNode points = node.putArray("contactPoint");
        points.add(contactPoint(p.focal(), "đầu mối liên hệ"));
        points.add(contactPoint(p.responsible(), "chịu trách nhiệm nội dung"));
        return node;
    }

    private static ObjectNode contactPoint(SiteConfig.Person person, String role) {
        ObjectNode node = JSON.createObjectNode().put("@type", "ContactPoint").put("contactType", role).put("name", person.name());
        if (person.position() != null) {
            node.put("description", person.position() + (person.unit() == null ? "" : ", " + person.unit()));
        }
        if (person.phone() != null) {
            node.put("telephone", person.phone());
        }
        if (person.email() != null) {
            node.put("email", person.email());
        }
        return node;
    }

    private ObjectNode organisation() {
        return JSON.createObjectNode().put("@type", "Organization").put("name", config.title()).put("url", urls.absolute(urls.home()));
    }

    private static ObjectNode withContext(ObjectNode node) {
        ObjectNode out = JSON.createObjectNode().put("@context", CONTEXT);
        out.setAll(node);
        return out;
    }

}
