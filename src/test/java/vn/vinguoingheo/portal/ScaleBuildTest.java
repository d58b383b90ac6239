package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * A site larger than the fixture: 52 models and 8 stories spread over all 34 provinces and three
 * model types, each on its own day. What every list should hold is worked out here from the
 * generated entries (newest first), independently of the site model.
 */
class ScaleBuildTest {

    /** The 34 provinces and cities in force since 1 July 2025, by code, with their names. */
    static final Map<String, String> PROVINCES = new LinkedHashMap<>();

    static {
        String[] rows = {"ha-noi Hà Nội", "hue Huế", "hai-phong Hải Phòng", "da-nang Đà Nẵng", "ho-chi-minh Hồ Chí Minh",
            "can-tho Cần Thơ", "lai-chau Lai Châu", "dien-bien Điện Biên", "son-la Sơn La", "lang-son Lạng Sơn",
            "cao-bang Cao Bằng", "quang-ninh Quảng Ninh", "thanh-hoa Thanh Hóa", "nghe-an Nghệ An", "ha-tinh Hà Tĩnh",
            "tuyen-quang Tuyên Quang", "lao-cai Lào Cai", "thai-nguyen Thái Nguyên", "phu-tho Phú Thọ", "bac-ninh Bắc Ninh",
            "hung-yen Hưng Yên", "ninh-binh Ninh Bình", "quang-tri Quảng Trị", "quang-ngai Quảng Ngãi", "gia-lai Gia Lai",
            "khanh-hoa Khánh Hòa", "lam-dong Lâm Đồng", "dak-lak Đắk Lắk", "dong-nai Đồng Nai", "tay-ninh Tây Ninh",
            "vinh-long Vĩnh Long", "dong-thap Đồng Tháp", "ca-mau Cà Mau", "an-giang An Giang"};
        for (String row : rows) {
            PROVINCES.put(row.substring(0, row.indexOf(' ')), row.substring(row.indexOf(' ') + 1));
        }
    }

    private static final List<String> TYPES = List.of("sinh-ke", "nha-o", "giao-duc");
    private static final int MODELS = 52;
    private static final int STORIES = 8;

    /** One generated entry, as the test wrote it. */
    record Written(String url, String title, String province, String type, LocalDate date, boolean model) {
    }

    @TempDir
    static Path tmp;
    static Path out;
    static final List<Written> ENTRIES = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.minimal(tmp);
        List<String> codes = List.copyOf(PROVINCES.keySet());
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < MODELS + STORIES; i++) {
            boolean model = i < MODELS;
            // Days shuffled against the file order, so newest-first is not the order files are read in.
            LocalDate date = first.plusDays((i * 37L) % (MODELS + STORIES));
            String province = codes.get(i % codes.size());
            String title = (model ? "Mô hình mahieu" : "Tin mahieu") + i;
            String type = TYPES.get(i % TYPES.size());
            String slug = (model ? "mo-hinh-" : "tin-") + i;
            TestSites.write(site, "content/" + (model ? "models/" : "stories/") + slug + ".md", "---\ntitle: " + title
                    + "\nprovince: " + province + (model ? "\nmodel_type: " + type : "") + "\ndate: " + date
                    + "\nsummary: Tóm tắt.\n---\nThử.\n");
            ENTRIES.add(new Written((model ? "/mo-hinh/" : "/tin-tuc/") + slug + "/", title, province, model ? type : null, date, model));
        }
        ENTRIES.sort(Comparator.comparing(Written::date).reversed());
        out = tmp.resolve("public");
        Portal.BuildResult result = Portal.build(site, out, null);
        assertTrue(result.built(), result.problems()::toString);
    }

    private static List<String> urls(java.util.function.Predicate<Written> which) {
        return ENTRIES.stream().filter(which).map(Written::url).toList();
    }

    private static List<String> cards(String page, String section) throws IOException {
        Document doc = TestSites.page(out, page);
        return doc.select(section + " .card-title a").eachAttr("href");
    }

    @Test
    void everyProvincePageListsExactlyItsEntriesNewestFirst() throws IOException {
        for (String province : PROVINCES.keySet()) {
            String page = "tinh/" + province + "/";
            assertEquals(urls(e -> e.model() && e.province().equals(province)), cards(page, "section[aria-labelledby=mo-hinh]"), page);
            assertEquals(urls(e -> !e.model() && e.province().equals(province)), cards(page, "section[aria-labelledby=tin-tuc]"), page);
        }
    }

    @Test
    void everyModelTypePageListsExactlyItsModels() throws IOException {
        for (String type : TYPES) {
            assertEquals(urls(e -> type.equals(e.type())), cards("loai-mo-hinh/" + type + "/", "main"), type);
        }
    }

    @Test
    void listsArePagedWithEveryEntryOnceInOrder() throws IOException {
        List<String> models = urls(Written::model);
        assertEquals(models.subList(0, 50), cards("mo-hinh/", "main"));
        assertEquals(models.subList(50, MODELS), cards("mo-hinh/trang/2/", "main"));
        assertFalse(Files.exists(out.resolve("mo-hinh/trang/3")));
        assertEquals(urls(e -> !e.model()), cards("tin-tuc/", "main"));
        assertFalse(Files.exists(out.resolve("tin-tuc/trang/2")));
    }

    @Test
    void theFeedHoldsTheNewestFifty() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(out.resolve("feed.xml")))));
        var ids = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id");
        List<String> entries = new ArrayList<>();
        for (int i = 1; i < ids.getLength(); i++) { // the first id is the feed's own
            entries.add(ids.item(i).getTextContent().replace("https://thu.example.vn", ""));
        }
        assertEquals(60, ENTRIES.size());
        assertEquals(urls(e -> true).subList(0, 50), entries);
    }

    @Test
    void searchFindsEveryEntryAndEveryProvince() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode contents = json.readTree(out.resolve("tim-kiem/chi-muc.json").toFile());
        assertEquals(60, contents.get("entries").asInt());
        List<JsonNode> hits = new ArrayList<>();
        for (JsonNode part : contents.get("entryParts")) {
            json.readTree(out.resolve(part.asText().substring(1).replaceFirst("\\?v=.*$", "")).toFile()).forEach(hits::add);
        }
        assertEquals(urls(e -> true), hits.stream().map(h -> h.get("url").asText()).toList(), "every entry once, newest first");
        Map<String, JsonNode> words = new TreeMap<>();
        var parts = contents.get("words").fields();
        while (parts.hasNext()) {
            json.readTree(out.resolve(parts.next().getValue().asText().substring(1).replaceFirst("\\?v=.*$", "")).toFile())
                    .fields().forEachRemaining(word -> words.put(word.getKey(), word.getValue()));
        }
        for (int id = 0; id < ENTRIES.size(); id++) {
            Written entry = ENTRIES.get(id);
            assertEquals(PROVINCES.get(entry.province()), hits.get(id).get("place").asText(), entry.url());
            String unique = fold(entry.title()).split(" ")[entry.model() ? 2 : 1];
            assertEquals(Set.of(id), ids(words.get(unique)), unique);
        }
        for (Map.Entry<String, String> province : PROVINCES.entrySet()) {
            Set<Integer> found = null;
            for (String word : fold(province.getValue()).split(" ")) {
                Set<Integer> withWord = ids(words.get(word));
                found = found == null ? withWord : intersection(found, withWord);
            }
            Set<Integer> expected = new HashSet<>();
            for (int id = 0; id < ENTRIES.size(); id++) {
                if (ENTRIES.get(id).province().equals(province.getKey())) {
                    expected.add(id);
                }
            }
            assertFalse(expected.isEmpty());
            assertTrue(found.containsAll(expected), province.getKey() + ": " + found + " lacks some of " + expected);
        }
    }

    private static Set<Integer> intersection(Set<Integer> a, Set<Integer> b) {
        Set<Integer> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** Entry ids of a word's pairs (gap, score), decoded as the search script does. */
    private static Set<Integer> ids(JsonNode pairs) {
        Set<Integer> ids = new HashSet<>();
        if (pairs == null) {
            return ids;
        }
        int id = 0;
        for (int i = 0; i < pairs.size(); i += 2) {
            id += pairs.get(i).asInt();
            ids.add(id);
        }
        return ids;
    }

    /** Lower case without diacritics, as a reader types on a phone without Vietnamese input. */
    private static String fold(String text) {
        return Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
