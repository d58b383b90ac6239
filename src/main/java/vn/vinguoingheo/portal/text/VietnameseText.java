package vn.vinguoingheo.portal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation: NFC for display, and a folded form (no case, no diacritics,
 * {@code đ} as {@code d}) for matching what editors and readers type.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** Composed form: editors paste decomposed text from Word and PDFs. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics: "Đắk Lắk" → "dak lak". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /**
     * A URL slug: ASCII, lower case, words joined by hyphens ("Đan thảm lục bình" →
     * "dan-tham-luc-binh"). Empty when the text has no letter or digit.
     */
    public static String slug(String text) {
        String words = NON_ALPHANUMERIC.matcher(fold(text)).replaceAll("-");
        int start = 0;
        int end = words.length();
        while (start < end && words.charAt(start) == '-') {
            start++;
        }
        while (end > start && words.charAt(end - 1) == '-') {
            end--;
        }
        return words.substring(start, end);
    }

    /** Whether a file name is already a valid slug. */
    public static boolean isSlug(String name) {
        return !name.isEmpty() && slug(name).equals(name);
    }
}
