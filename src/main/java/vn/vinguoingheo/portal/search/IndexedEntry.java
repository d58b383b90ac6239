package vn.vinguoingheo.portal.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.Replication;
import vn.vinguoingheo.portal.site.AreaLabel;
import vn.vinguoingheo.portal.site.Link;
import vn.vinguoingheo.portal.site.Page;
import vn.vinguoingheo.portal.site.Views;
import vn.vinguoingheo.portal.text.ViFormat;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * What the search index keeps of one public entry: the result the search page shows, and how
 * much each of its words counts (a word in the title more than one in the body).
 *
 * @param wordScores each folded word: its part's weight times its repeats there, summed over the parts
 */
record IndexedEntry(Hit hit, Map<String, Integer> wordScores) {

    /** Title and document number name the entry: a word there counts most. */
    static final int TITLE = 10;
    static final int SUMMARY = 4;
    /** Places, model types, tags, issuer, organisations. */
    static final int LABELS = 3;
    static final int BODY = 1;
    /** A word repeated more often than this in one part counts no more. */
    static final int MAX_REPEATS = 3;

    /** A result as the search page shows it, written into the index as it is (empty fields left out). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Hit(String kind, String url, String title, String code, String place, List<String> types, String summary,
               String date, String iso) {
    }

    /** Text with the weight of the words in it. */
    record Part(int weight, String text) {
    }

    static IndexedEntry of(Page page, ViFormat fmt, int bodyWords) {
        Views.EntryView view = (Views.EntryView) page.data();
        Entry entry = view.entry();
        String code = entry.details() instanceof DecisionDetails decision ? decision.number() : null;
        String place = view.areas().stream().map(AreaLabel::label).collect(Collectors.joining(", "));
        List<String> types = view.types().stream().map(Link::label).toList();
        Hit hit = new Hit(entry.kind().label(), page.url(), entry.title(), code, place, types, entry.summary(),
                fmt.date(entry.date()), fmt.isoDate(entry.date()));

        List<Part> parts = new ArrayList<>();
        add(parts, TITLE, entry.title());
        add(parts, TITLE, code);
        add(parts, SUMMARY, entry.summary());
        add(parts, LABELS, place);
        add(parts, LABELS, String.join(" ", types));
        add(parts, LABELS, String.join(" ", entry.tags()));
        labelsAndTextOf(entry.details(), parts);
        add(parts, BODY, firstWords(Jsoup.parseBodyFragment(entry.bodyHtml()).text(), bodyWords));
        return new IndexedEntry(hit, scores(parts));
    }

    /** Each word's score: per part, its weight for each of the first {@link #MAX_REPEATS} times it is there. */
    static Map<String, Integer> scores(List<Part> parts) {
        // One map for all parts (the index does this for every entry): a word's count starts again in each part.
        Map<String, WordCount> counts = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            for (String word : VietnameseText.words(part.text())) {
                counts.computeIfAbsent(word, w -> new WordCount()).count(p, part.weight());
            }
        }
        Map<String, Integer> scores = new HashMap<>(counts.size() * 4 / 3 + 1);
        counts.forEach((word, count) -> scores.put(word, count.score));
        return scores;
    }

    /** A word's score so far, and how often it was met in the part being read. */
    private static final class WordCount {
        private int part = -1;
        private int repeats;
        private int score;

        void count(int inPart, int weight) {
            if (part != inPart) {
                part = inPart;
                repeats = 0;
            }
            if (repeats < MAX_REPEATS) {
                repeats++;
                score += weight;
            }
        }
    }

    private static void labelsAndTextOf(Entry.Details details, List<Part> parts) {
        if (details instanceof DecisionDetails decision) {
            add(parts, LABELS, decision.issuer());
            add(parts, LABELS, decision.signer());
        } else if (details instanceof ModelDetails model) {
            add(parts, LABELS, model.locality());
            add(parts, LABELS, String.join(" ", model.organisations()));
            add(parts, BODY, model.challenge());
            add(parts, BODY, model.beneficiaries());
            add(parts, BODY, String.join(" ", model.lessons()));
            Replication replication = model.replication();
            if (replication != null) {
                add(parts, BODY, replication.conditions());
                add(parts, BODY, String.join(" ", replication.steps()));
            }
        }
    }

    private static void add(List<Part> parts, int weight, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(weight, text));
        }
    }

    /** The body's opening words: they say what an entry is about, and keep the index small. */
    static String firstWords(String text, int limit) {
        String stripped = text.strip();
        StringBuilder first = new StringBuilder();
        int count = 0;
        for (int i = 0, n = stripped.length(); i < n; ) {
            while (i < n && isSpace(stripped.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(stripped.charAt(i))) {
                i++;
            }
            if (count == limit) {
                return first.toString();
            }
            first.append(count++ == 0 ? "" : " ").append(stripped, start, i);
        }
        return text;
    }

    /** White space as {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
