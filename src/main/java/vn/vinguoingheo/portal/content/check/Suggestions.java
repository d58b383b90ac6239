package vn.vinguoingheo.portal.content.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.vinguoingheo.portal.text.VietnameseText;

/** The nearest known value to a mistyped one, for "có phải …?" hints. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The candidate closest to {@code typed} (compared in slug form), if it is close enough to be a typo. */
    static Optional<String> nearest(String typed, Collection<String> candidates) {
        String key = VietnameseText.slug(typed);
        int allowed = Math.max(2, key.length() / 3);
        return candidates.stream()
                .filter(c -> DISTANCE.apply(key, VietnameseText.slug(c)) <= allowed)
                .min(Comparator.<String>comparingInt(c -> DISTANCE.apply(key, VietnameseText.slug(c)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** "; có phải "x"?" or nothing. */
    public static String hint(String typed, Collection<String> candidates) {
        return nearest(typed, candidates).map(s -> "; có phải \"" + s + "\"?").orElse("");
    }
}
