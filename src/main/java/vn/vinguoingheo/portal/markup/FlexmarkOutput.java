package vn.vinguoingheo.portal.markup;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What flexmark writes for Markdown without raw HTML, checked against an allow-list narrower than
 * the cleaner's: a few tags, a few attributes, and links only to the web, e-mail, phone numbers
 * and the site itself. Text never holds markup here (flexmark escapes it), so every {@code <}
 * opens a tag flexmark wrote.
 */
final class FlexmarkOutput {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)((?: [a-z]+=\"[^\"]*\")*)( /)?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z]+)=\"([^\"]*)\"");

    private static final Set<String> TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
            "blockquote", "ul", "ol", "li", "a", "img", "br", "table", "thead", "tbody", "tr", "th", "td");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "a", Set.of("href", "title", "rel"),
            "img", Set.of("src", "alt", "title"),
            "ol", Set.of("start"));
    private static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_PROTOCOLS = Set.of("http", "https");

    private FlexmarkOutput() {
    }

    /** True when every tag, attribute and URL in {@code html} is one the cleaner would keep as it is. */
    static boolean isAllowed(String html) {
        Matcher tag = TAG.matcher(html);
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', tag.end())) {
            if (!tag.region(at, html.length()).lookingAt() || !isAllowed(tag.group(2), tag.group(1).isEmpty(), tag.group(3))) {
                return false;
            }
        }
        return true;
    }

    /** The HTML as pages carry it: void tags without the XHTML slash, no line break at the end. */
    static String tidy(String html) {
        return html.replace(" />", ">").stripTrailing();
    }

    private static boolean isAllowed(String name, boolean opening, String attributes) {
        if (!TAGS.contains(name)) {
            return false;
        }
        if (!opening) {
            return attributes.isEmpty();
        }
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String key = attribute.group(1);
            String value = attribute.group(2);
            if (!ATTRIBUTES.getOrDefault(name, Set.of()).contains(key) || !isAllowedValue(key, value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllowedValue(String key, String value) {
        return switch (key) {
            case "href" -> isAllowedUrl(value, LINK_PROTOCOLS);
            case "src" -> isAllowedUrl(value, IMAGE_PROTOCOLS);
            case "rel" -> value.equals("noopener");
            case "start" -> !value.isEmpty() && value.length() < 10 && value.chars().allMatch(Character::isDigit);
            default -> true; // title, alt: text, escaped by flexmark
        };
    }

    /**
     * A URL that is relative or has one of {@code protocols}. Browsers decode an attribute's
     * character references and drop tabs and line breaks before reading the scheme, so a value
     * with any reference but flexmark's four escapes, or with any space or control character, is
     * left to the cleaner.
     */
    private static boolean isAllowedUrl(String value, Set<String> protocols) {
        String url = unescape(value);
        if (url == null || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        // Anything before a colon that comes before any slash, ? or # reads as a scheme (to Java's URL
        // parser, which the cleaner uses, a Vietnamese letter starts one too): it must be allowed.
        int end = 0;
        while (end < url.length() && ":/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end == url.length() || url.charAt(end) != ':' || protocols.contains(url.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** The value with flexmark's escapes undone, or null when it holds any other character reference. */
    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        for (int amp = value.indexOf('&'); amp >= 0; amp = value.indexOf('&', at)) {
            out.append(value, at, amp);
            String escape = value.startsWith("&amp;", amp) ? "&amp;" : value.startsWith("&quot;", amp) ? "&quot;"
                    : value.startsWith("&lt;", amp) ? "&lt;" : value.startsWith("&gt;", amp) ? "&gt;" : null;
            if (escape == null) {
                return null;
            }
            out.append(switch (escape) {
                case "&amp;" -> '&';
                case "&quot;" -> '"';
                case "&lt;" -> '<';
                default -> '>';
            });
            at = amp + escape.length();
        }
        return out.append(value, at, value.length()).toString();
    }
}
