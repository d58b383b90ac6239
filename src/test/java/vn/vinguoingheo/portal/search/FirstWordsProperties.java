package vn.vinguoingheo.portal.search;

import net.jqwik.api.statistics.Statistics;
import vn.vinguoingheo.portal.TriesReached;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A body's opening words, found by a scan, are those a split at white space gives. */
class FirstWordsProperties {

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("ab đ \t\n\r\f\u000B\u00A0\u2003\u3000.").ofMaxLength(60);
    }

    @Property(tries = 2000)
    void sameAsSplitting(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 6) int limit) {
        String[] words = text.strip().split("\\s+", limit + 1);
        String expected = words.length <= limit ? text : String.join(" ", List.of(words).subList(0, limit));
        TriesReached.record(true);
        Statistics.collect(words.length <= limit ? "whole text" : "cut");
        assertEquals(expected, IndexedEntry.firstWords(text, limit));
    }
}
