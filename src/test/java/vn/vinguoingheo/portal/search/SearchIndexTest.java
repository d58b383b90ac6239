package vn.vinguoingheo.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;

/** The index files as the search page's script reads them, for the fixture site and a large generated one. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static SearchIndex basic;

    @BeforeAll
    static void index() {
        basic = SearchIndex.of(model(TestSites.copy("basic", tmp.resolve("basic"))));
    }

    private static SiteModel model(Path site) {
        LoadResult loaded = ContentLoader.load(site);
        assertFalse(loaded.hasErrors(), loaded.problems()::toString);
        return SiteModel.build(loaded.content(), loaded.content().config(), site, Visibility.published());
    }

    private static JsonNode file(SearchIndex index, String versionedUrl) throws IOException {
        byte[] content = index.files().get(versionedUrl.replaceFirst("\\?v=.*$", ""));
        assertNotNull(content, "no file " + versionedUrl);
        return JSON.readTree(content);
    }

    private static JsonNode contents(SearchIndex index) throws IOException {
        return file(index, "/tim-kiem/chi-muc.json");
    }

    /** Entry id → score of a word, decoding the gaps as the script does. */
    private static Map<Integer, Integer> scores(JsonNode pairs) {
        Map<Integer, Integer> scores = new HashMap<>();
        int id = 0;
        for (int i = 0; i < pairs.size(); i += 2) {
            id += pairs.get(i).asInt();
            scores.put(id, pairs.get(i + 1).asInt());
        }
        return scores;
    }

    private static List<String> titles(SearchIndex index) throws IOException {
        List<String> titles = new ArrayList<>();
        for (JsonNode part : contents(index).get("entryParts")) {
            file(index, part.asText()).forEach(hit -> titles.add(hit.get("title").asText()));
        }
        return titles;
    }

    @Test
    void holdsEveryPublicEntryNewestFirstAndNoDraft() throws IOException {
        JsonNode contents = contents(basic);
        assertEquals(1, contents.get("format").asInt());
        assertEquals(6, contents.get("entries").asInt());
        assertEquals(List.of("Tin mẫu về mô hình", "Đan thảm lục bình", "Nhà tình thương Phước Long", "Kế hoạch mẫu giảm nghèo",
                "<script>alert(1)</script> & mô hình", "Nuôi bò sinh sản"), titles(basic), "no draft");
    }

    @Test
    void resultsCarryWhatTheSearchPageShows() throws IOException {
        JsonNode hits = file(basic, contents(basic).get("entryParts").get(0).asText());
        JsonNode decision = hits.get(3);
        assertEquals("Văn bản", decision.get("kind").asText());
        assertEquals("/van-ban/ke-hoach-mau/", decision.get("url").asText());
        assertEquals("01/KH-UBND", decision.get("code").asText());
        assertEquals("Bạc Liêu, nay thuộc Cà Mau", decision.get("place").asText());
        assertEquals("01/03/2022", decision.get("date").asText());
        assertEquals("2022-03-01", decision.get("iso").asText());
        JsonNode model = hits.get(5);
        assertEquals("Mô hình", model.get("kind").asText());
        assertEquals("Hộ nghèo được hỗ trợ bò giống theo cách làm ngân hàng bò.", model.get("summary").asText(), "NFC");
        assertEquals("Sinh kế, phát triển sản xuất", model.get("types").get(0).asText());
        assertFalse(model.has("code"));
    }

    @Test
    void wordsAreFoldedAndDocumentNumbersSplitIntoWords() throws IOException {
        JsonNode words = file(basic, contents(basic).get("words").get("").asText());
        for (String word : List.of("ngan", "hang", "bo", "nuoi", "dan", "666", "qd", "ttg", "01", "kh", "ubnd", "ca", "mau")) {
            assertTrue(words.has(word), word);
        }
        words.fieldNames().forEachRemaining(word -> assertTrue(word.matches("[a-z0-9]+"), word));
        assertEquals(Map.of(0, 1), scores(words.get("666")), "only the story mentions 666/QĐ-TTg, in its body");
    }

    @Test
    void titleAndSummaryCountMoreThanBody() throws IOException {
        JsonNode words = file(basic, contents(basic).get("words").get("").asText());
        Map<Integer, Integer> hang = scores(words.get("hang"));
        assertTrue(hang.get(5) > hang.get(0), "summary of the model above body of the story: " + hang);
        Map<Integer, Integer> bo = scores(words.get("bo"));
        assertTrue(bo.get(5) > bo.get(0), "title of the model above body of the story: " + bo);
    }

    @Test
    void largeIndexIsSplitIntoPartsThatTheScriptFindsByPrefix() throws IOException {
        SearchIndex large = SearchIndex.of(model(TestSites.generated(tmp.resolve("large"), 400)));
        JsonNode contents = contents(large);
        assertEquals(400, contents.get("entries").asInt());
        assertEquals(16, contents.get("entryParts").size(), "25 entries a part");
        assertEquals(400, titles(large).size());

        List<String> prefixes = new ArrayList<>();
        contents.get("words").fieldNames().forEachRemaining(prefixes::add);
        assertTrue(prefixes.size() > 1, "split: " + contents.get("words"));
        int wordCount = 0;
        for (String prefix : prefixes) {
            String link = contents.get("words").get(prefix).asText();
            JsonNode part = file(large, link);
            assertTrue(large.files().get(link.replaceFirst("\\?.*", "")).length <= SearchIndex.MAX_WORDS_BYTES
                    || part.size() == 1, prefix);
            for (Iterator<String> it = part.fieldNames(); it.hasNext(); wordCount++) {
                String word = it.next();
                assertEquals(prefix, longestPrefix(prefixes, word), "the script looks for " + word + " elsewhere");
            }
        }
        assertTrue(wordCount > 400, "every entry's number is a word");
        assertTrue(large.bytes() > SearchIndex.MAX_WORDS_BYTES);
    }

    /** The part the script reads a word from: the one whose prefix is the longest that begins the word. */
    private static String longestPrefix(List<String> prefixes, String word) {
        return prefixes.stream().filter(word::startsWith).reduce((a, b) -> a.length() >= b.length() ? a : b).orElseThrow();
    }
}
