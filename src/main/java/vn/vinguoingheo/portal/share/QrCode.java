package vn.vinguoingheo.portal.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.cache.CacheKey;
import vn.vinguoingheo.portal.timing.Phases;

/**
 * QR codes as inline SVG: ZXing encodes, and the SVG is written from its bit matrix, one path of
 * dark runs per row, so the same text always gives the same markup. Templates call it as
 * {@code qr.svg(url)}.
 */
public final class QrCode {

    /** Changes with the markup drawn for the same text (encoder, options, SVG form): cached codes are keyed by it. */
    static final String VERSION = "zxing-m-mask2-svg-1";

    /** The quiet zone around the code, in modules: the four the standard asks for. */
    private static final int MARGIN = 4;
    /**
     * One mask for every code. Scoring all eight masks was 93% of a code's cost (about 0.75 ms of
     * CPU against 0.05 ms); for the site's addresses ZXing's scoring picks this one for 83% of them,
     * and any mask gives a valid code that phones read (tests decode them).
     */
    private static final int MASK = 2;
    private static final Map<EncodeHintType, Object> ASCII = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, MARGIN,
            EncodeHintType.QR_MASK_PATTERN, MASK);
    /** Other text is marked as UTF-8 (an ECI header, which some old readers do not know: so only then). */
    private static final Map<EncodeHintType, Object> UTF_8 = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, MARGIN,
            EncodeHintType.QR_MASK_PATTERN, MASK,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

    private final BuildCache cache;

    public QrCode() {
        this(BuildCache.none());
    }

    /** QR codes kept in {@code cache}, by their text, between builds. */
    public QrCode(BuildCache cache) {
        this.cache = cache;
    }

    /** An SVG QR code of {@code text}; its markup holds nothing of the text, so it needs no escaping. */
    public String svg(String text) {
        long started = Phases.start();
        try {
            if (!cache.enabled()) {
                return draw(text);
            }
            CacheKey key = CacheKey.builder("qr").add(VERSION).add(text).build();
            return new String(cache.getOrCompute(key, () -> draw(text).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } finally {
            Phases.add(Phases.QR, started);
        }
    }

    private static String draw(String text) {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder(8192);
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"" + size * 4 + "\" height=\"" + size * 4 + "\" role=\"img\" aria-label=\"Mã QR của trang này\""
                + " shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            // Size 0 asks for one unit per module: the SVG scales it.
            boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, ascii ? ASCII : UTF_8);
        } catch (WriterException e) {
            throw new IllegalArgumentException("không tạo được mã QR cho " + text, e);
        }
    }
}
