package vn.vinguoingheo.portal.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import vn.vinguoingheo.portal.render.SiteRenderer;
import vn.vinguoingheo.portal.site.Assets;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Urls;
import vn.vinguoingheo.portal.text.ViFormat;

/**
 * The search index of a site's public entries, as the JSON files that {@code assets/search.js}
 * reads: a table of contents, the word list (word → entries and scores) and the entries as results.
 * Both lists are split into parts once they grow, so a query loads only the parts it needs.
 */
public final class SearchIndex {

    /** Bumped whenever the files' layout changes, so an old script never misreads a new index. */
    static final int FORMAT = 1;
    /** A word list bigger than this is split by the words' first letters, then second, and so on. */
    static final int MAX_WORDS_BYTES = 100_000;
    /** Results per file: the search page loads only the files of the results it shows. */
    static final int ENTRIES_PER_PART = 25;
    /** Words of an entry's body that are indexed: its opening says what it is about. */
    static final int BODY_WORDS = 400;
    private static final int BATCH = 512;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Urls urls;
    private final Map<String, byte[]> files = new TreeMap<>();

    private SearchIndex(Urls urls) {
        this.urls = urls;
    }

    /** Indexes every entry the site shows (a public build: no drafts, nothing scheduled), newest first. */
    public static SearchIndex of(SiteModel site) {
        return of(site, () -> false);
    }

    /**
     * Indexes as {@link #of(SiteModel)} does, stopping with a {@link CancellationException} between
     * batches of entries once {@code superseded}: the preview's background work gives way at once.
     */
    public static SearchIndex of(SiteModel site, BooleanSupplier superseded) {
        ViFormat fmt = new ViFormat();
        List<Page> pages = site.entryPages();
        List<IndexedEntry.Hit> hits = new ArrayList<>(pages.size());
        Map<String, Pairs> postings = new HashMap<>();
        // Batches: entries are read in parallel within one, numbered in order across them, and
        // only one batch's texts are held at a time.
        for (int from = 0; from < pages.size(); from += BATCH) {
            SiteRenderer.stopIf(superseded);
            List<IndexedEntry> batch = pages.subList(from, Math.min(from + BATCH, pages.size())).parallelStream()
                    .map(page -> IndexedEntry.of(page, fmt, BODY_WORDS)).toList();
            for (IndexedEntry entry : batch) {
                int id = hits.size();
                entry.wordScores().forEach((word, score) -> postings.computeIfAbsent(word, w -> new Pairs()).add(id, score));
                hits.add(entry.hit());
            }
        }
        SearchIndex index = new SearchIndex(site.urls());
        Map<String, Object> contents = new LinkedHashMap<>();
        contents.put("format", FORMAT);
        contents.put("entries", hits.size());
        contents.put("entriesPerPart", ENTRIES_PER_PART);
        contents.put("words", index.writeWordParts(wordList(postings)));
        contents.put("entryParts", index.writeEntryParts(hits));
        index.files.put(site.urls().searchIndex(), json(contents));
        return index;
    }

    /** The index's files by URL, in URL order. */
    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    /** The size of all the index's files in bytes. */
    public long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * Each word, folded, with the entries that have it as one flat list of pairs: how far the entry's
     * id is from the previous pair's (the first pair: the id itself), and the word's score there.
     * Ids go up, so the gaps are small numbers and the file stays small.
     */
    private static SortedMap<String, int[]> wordList(Map<String, Pairs> postings) {
        SortedMap<String, int[]> words = new TreeMap<>();
        postings.forEach((word, pairs) -> words.put(word, pairs.toArray()));
        return words;
    }

    /** Writes the word list in parts; returns each part's link by the prefix its words share. */
    private Map<String, String> writeWordParts(SortedMap<String, int[]> words) {
        Map<String, SortedMap<String, int[]>> parts = new TreeMap<>();
        split("", words, parts);
        Map<String, String> links = new TreeMap<>();
        parts.forEach((prefix, part) -> links.put(prefix, write(prefix.isEmpty() ? "tu.json" : "tu-" + prefix + ".json", json(part))));
        return links;
    }

    /**
     * Splits words sharing {@code prefix} until each part is small enough: words equal to the
     * prefix keep its part, the others go to one part per next letter.
     */
    private static void split(String prefix, SortedMap<String, int[]> words, Map<String, SortedMap<String, int[]>> parts) {
        if (words.isEmpty()) {
            return;
        }
        if (words.size() == 1 || jsonBytes(words) <= MAX_WORDS_BYTES) {
            parts.put(prefix, words);
            return;
        }
        Map<String, SortedMap<String, int[]>> byNextLetter = new TreeMap<>();
        for (Map.Entry<String, int[]> word : words.entrySet()) {
            String key = word.getKey().length() == prefix.length() ? prefix : word.getKey().substring(0, prefix.length() + 1);
            byNextLetter.computeIfAbsent(key, k -> new TreeMap<>()).put(word.getKey(), word.getValue());
        }
        byNextLetter.forEach((key, group) -> {
            if (key.equals(prefix)) {
                parts.put(prefix, group);
            } else {
                split(key, group, parts);
            }
        });
    }

    /** The size of {@code {"word":[1,2],…}} as Jackson writes it (words are ASCII), without writing it. */
    private static long jsonBytes(SortedMap<String, int[]> words) {
        long bytes = 1 + words.size();
        for (Map.Entry<String, int[]> word : words.entrySet()) {
            bytes += word.getKey().length() + 5 + Math.max(0, word.getValue().length - 1);
            for (int n : word.getValue()) {
                bytes += Integer.toString(n).length();
            }
        }
        return bytes;
    }

    /** One word's growing list of (id gap, score) pairs. */
    private static final class Pairs {
        private int[] values = new int[8];
        private int size;
        private int lastId;

        void add(int id, int score) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = id - lastId;
            values[size++] = score;
            lastId = id;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private List<String> writeEntryParts(List<IndexedEntry.Hit> hits) {
        List<String> links = new ArrayList<>();
        for (int from = 0; from < hits.size(); from += ENTRIES_PER_PART) {
            links.add(write("bai-" + links.size() + ".json", json(hits.subList(from, Math.min(from + ENTRIES_PER_PART, hits.size())))));
        }
        return links;
    }

    /** Keeps a file of the index; returns its versioned link. */
    private String write(String name, byte[] content) {
        String url = urls.searchIndexPart(name);
        files.put(url, content);
        return urls.versioned(url, Assets.fingerprint(content));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }
}
