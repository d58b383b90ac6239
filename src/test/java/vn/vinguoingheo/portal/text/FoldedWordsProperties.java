package vn.vinguoingheo.portal.text;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.statistics.Statistics;
import vn.vinguoingheo.portal.TriesReached;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Words found character by character are those of the whole text folded, then split (as search.js does). */
class FoldedWordsProperties {

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> vietnamese = Arbitraries.strings()
                .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
                .withChars("\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b-/.,–…0123456789")
                .ofMaxLength(80);
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("İıΣσςẞßǅǄﬁÅÅΩΩðÐ\u0130\u0345\u1E9E\u212A\u2126ＡａⅨ①")
                .withChars('\uD83D', '\uDE00', '\uD835', '\uDC00', 'A', 'z', ' ')
                .ofMaxLength(40);
        return Arbitraries.oneOf(vietnamese, tricky, Arbitraries.strings().all().ofMaxLength(60));
    }

    @Property(tries = 2000)
    void wordsAreThoseOfTheFoldedText(@ForAll("text") String text) {
        // The reference, written out here: the whole text lower-cased, decomposed, without marks, đ and ð as d, then split.
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('ð', 'd');
        List<String> whole = Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
        TriesReached.record(true);
        Statistics.collect(whole.isEmpty() ? "no word" : "words");
        assertEquals(whole, VietnameseText.words(text), text);
    }
}
