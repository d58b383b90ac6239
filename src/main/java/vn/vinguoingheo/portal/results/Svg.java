package vn.vinguoingheo.portal.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.text.StringEscapeUtils;

/** Writing SVG text: coordinates in a fixed, locale-free form (so output never varies) and escaped text. */
public final class Svg {

    private Svg() {
    }

    /** A coordinate with at most one decimal, dot-separated whatever the machine's locale: "12", "7.5", "-3.2". */
    public static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** Text for an element or attribute: the XML special characters escaped, control characters dropped. */
    public static String text(String value) {
        return StringEscapeUtils.escapeXml10(value);
    }
}
