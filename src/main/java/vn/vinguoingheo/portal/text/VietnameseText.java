package vn.vinguoingheo.portal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation: NFC for display, and a folded form (no case, no diacritics,
 * {@code đ} as {@code d}) for matching what editors and readers type. {@code assets/search.js}
 * folds and splits words exactly as {@link #fold} and {@link #words} do (a browser test checks it).
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /** Composed form: editors paste decomposed text from Word and PDFs. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Lower case without diacritics: "Đắk Lắk" → "dak lak". Lower case comes first, so that marks
     * it adds ("İ" → "i̇") are stripped too; the look-alike "Ð"/"ð" that some converters put in
     * place of "Đ"/"đ" folds to "d" as well.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('ð', 'd');
    }

    /** The folded words of a text, split at anything but ASCII letters and digits: "666/QĐ-TTg" → [666, qd, ttg]. */
    public static List<String> words(String text) {
        // Character by character, each folded once: the same words as splitting fold(text), without a
        // regular expression and a normalisation over the whole text (the search index folds every entry).
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String folded = c < 0x80 ? null : foldedChar(c);
            for (int j = 0, n = folded == null ? 1 : folded.length(); j < n; j++) {
                char f = folded == null ? Character.toLowerCase((char) c) : folded.charAt(j);
                if (f >= 'a' && f <= 'z' || f >= '0' && f <= '9') {
                    word.append(f);
                } else if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * A non-ASCII character folded. Folding a text character by character gives the same letters
     * and digits as folding it whole: case, decomposition and marks are per character, and the one
     * rule that looks at neighbours (Greek final sigma) yields no ASCII letter either way.
     */
    private static String foldedChar(int c) {
        if (c > 0xFFFF) {
            return fold(Character.toString(c));
        }
        String folded = FOLDED[c];
        if (folded == null) {
            folded = fold(String.valueOf((char) c));
            FOLDED[c] = folded;
        }
        return folded;
    }

    /** Folded characters of the Basic Multilingual Plane, filled as met (a race only folds one twice). */
    private static final String[] FOLDED = new String[0x10000];

    /**
     * A URL slug: ASCII, lower case, words joined by hyphens ("Đan thảm lục bình" →
     * "dan-tham-luc-binh"). Empty when the text has no letter or digit.
     */
    public static String slug(String text) {
        return String.join("-", words(text));
    }

    /** Whether a file name is already a valid slug. */
    public static boolean isSlug(String name) {
        return !name.isEmpty() && slug(name).equals(name);
    }
}
