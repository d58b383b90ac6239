package vn.vinguoingheo.portal.share;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a QR code back from the SVG the site publishes: draws its path as pixels and decodes them with ZXing. */
public final class QrSvg {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 4;

    private QrSvg() {
    }

    public static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in " + svg);
        }
        int size = Integer.parseInt(box.group(1)) * SCALE;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xffffff);
        Matcher run = RUN.matcher(svg.substring(svg.indexOf(" d=\"")));
        while (run.find()) {
            int x = Integer.parseInt(run.group(1)) * SCALE;
            int y = Integer.parseInt(run.group(2)) * SCALE;
            int w = Integer.parseInt(run.group(3)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                java.util.Arrays.fill(pixels, (y + dy) * size + x, (y + dy) * size + x + w, 0);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        // A drawn code is exact: PURE_BARCODE reads it from its modules, with no camera-style search.
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
