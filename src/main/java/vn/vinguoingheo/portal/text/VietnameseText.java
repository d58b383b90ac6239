package vn.vinguoingheo.portal.text;

import java.text.Normalizer;
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
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

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
        return NOT_A_WORD.splitAsStream(fold(text)).filter(word -> !word.isEmpty()).toList();
    }

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
