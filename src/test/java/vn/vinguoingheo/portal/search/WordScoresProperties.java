package vn.vinguoingheo.portal.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.statistics.Statistics;
import vn.vinguoingheo.portal.TriesReached;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Word scores, counted in one pass over all parts, are those of counting each part on its own and adding up. */
class WordScoresProperties {

    @Provide
    Arbitrary<List<IndexedEntry.Part>> parts() {
        Arbitrary<String> text = Arbitraries.of("bò", "Bò", "bo", "hàng", "ngân", "666/QĐ", "nuôi", " ", ", ")
                .list().ofMaxSize(12).map(words -> String.join(" ", words));
        Arbitrary<Integer> weight = Arbitraries.of(IndexedEntry.TITLE, IndexedEntry.SUMMARY, IndexedEntry.LABELS, IndexedEntry.BODY);
        return Combinators.combine(weight, text).as(IndexedEntry.Part::new).list().ofMaxSize(6);
    }

    @Property(tries = 2000)
    void sameAsCountingEachPartApart(@ForAll("parts") List<IndexedEntry.Part> parts) {
        TriesReached.record(true);
        Statistics.collect(parts.isEmpty() ? "no part" : "parts");
        assertEquals(partByPart(parts), IndexedEntry.scores(parts));
    }

    /** Words as the search page reads them, written out here: lower case, no marks, đ as d, split at anything else. */
    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd');
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The rule as written: in each part a word counts its weight times its repeats, at most {@link IndexedEntry#MAX_REPEATS}. */
    private static Map<String, Integer> partByPart(List<IndexedEntry.Part> parts) {
        Map<String, Integer> scores = new HashMap<>();
        for (IndexedEntry.Part part : parts) {
            Map<String, Integer> repeats = new HashMap<>();
            words(part.text()).forEach(word -> repeats.merge(word, 1, Integer::sum));
            repeats.forEach((word, n) -> scores.merge(word, part.weight() * Math.min(n, IndexedEntry.MAX_REPEATS), Integer::sum));
        }
        return scores;
    }
}
