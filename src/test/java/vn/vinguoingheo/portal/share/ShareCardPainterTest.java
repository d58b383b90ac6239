package vn.vinguoingheo.portal.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Checks the drawn pixels, not just that a file exists: size, weight, where the ink is, and that text changes it. */
class ShareCardPainterTest {

    private static final String SITE = "Vì người nghèo – Không để ai bị bỏ lại phía sau";
    /** Every letter with a Vietnamese diacritic, upper and lower case. */
    private static final String VIETNAMESE = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
            + "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ–“”…·₫";

    private static ShareCard card(String title) {
        return new ShareCard("Mô hình", title, "Cần Thơ – huyện Cờ Đỏ", "Sinh kế, phát triển sản xuất", SITE, "vinguoingheo.example.vn");
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Pixels clearly darker than the white paper in a rectangle. */
    private static int dark(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 100) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int[] pixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        return image.getRGB(x0, y0, x1 - x0, y1 - y0, null, 0, x1 - x0);
    }

    @Test
    void versionsNameTheShippedFonts() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String font : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
            try (InputStream in = ShareCardPainter.class.getResourceAsStream("fonts/" + font)) {
                sha.update(in.readAllBytes());
            }
        }
        assertEquals(HexFormat.of().formatHex(sha.digest()), ShareCardPainter.FONTS_SHA256,
                "the fonts changed: put their digest in FONTS_SHA256, so that every share image is drawn again");
    }

    @Test
    void isA1200By630PngUnder300Kilobytes() throws IOException {
        byte[] png = ShareCardPainter.png(card("Đan thảm lục bình của hội viên phụ nữ Khmer ở Cờ Đỏ"));
        assertTrue(png.length < 300 * 1024, png.length + " bytes");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = read(png);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    @Test
    void titleIsDrawnLargeInTheTitleAreaAndNowhereElse() throws IOException {
        BufferedImage image = read(ShareCardPainter.png(card("Đan thảm lục bình")));
        int titleInk = dark(image, 88, 196, 1120, 300);
        assertTrue(titleInk > 8000, "a short title in large letters on the first line: " + titleInk);
        assertEquals(0, dark(image, 88, 310, 1120, 480), "one line only, nothing below it");
        assertEquals(0, dark(image, 900, 20, 1190, 130), "the top right stays calm and empty");
    }

    @Test
    void differentTitlesGiveDifferentImagesAndTheSameTitleTheSameBytes() throws IOException {
        byte[] a = ShareCardPainter.png(card("Nuôi bò sinh sản"));
        byte[] b = ShareCardPainter.png(card("Nuôi gà thả vườn"));
        assertArrayEquals(a, ShareCardPainter.png(card("Nuôi bò sinh sản")), "deterministic bytes");
        assertFalse(Arrays.equals(pixels(read(a), 88, 196, 1120, 300), pixels(read(b), 88, 196, 1120, 300)));
        assertArrayEquals(pixels(read(a), 0, 486, 1200, 630), pixels(read(b), 0, 486, 1200, 630), "same place and topic");
    }

    @Test
    void vietnameseDiacriticsAreDrawnWithTheShippedFont() throws IOException {
        assertEquals(-1, ShareCardPainter.Fonts.BOLD.canDisplayUpTo(VIETNAMESE));
        assertEquals(-1, ShareCardPainter.Fonts.REGULAR.canDisplayUpTo(VIETNAMESE));
        // The same letters with and without their marks: the marks add ink.
        BufferedImage marked = read(ShareCardPainter.png(card("Ở Cờ Đỏ được")));
        BufferedImage plain = read(ShareCardPainter.png(card("O Co Do duoc")));
        assertTrue(dark(marked, 88, 150, 1120, 300) > dark(plain, 88, 150, 1120, 300));
    }

    @Test
    void aVeryLongTitleIsCutWithinTheTitleArea() throws IOException {
        String title = "Mô hình ".repeat(60).strip();
        BufferedImage image = read(ShareCardPainter.png(card(title)));
        assertTrue(dark(image, 88, 196, 1120, 462) > 20000);
        assertEquals(0, dark(image, 24, 472, 1200, 486), "no text runs into the band at the foot");
        assertEquals(0, dark(image, 1125, 150, 1200, 486), "no text past the right margin");
    }

    @Test
    void aLongTitleIsDrawnWholeAtASmallerSizeOrCutVisiblyNeverSilently() {
        String decision = "Quyết định ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Vì người nghèo – Không để ai bị "
                + "bỏ lại phía sau” giai đoạn 2021–2025";
        ShareCardPainter.TitleLayout whole = ShareCardPainter.layOut(decision);
        assertEquals(decision, String.join(" ", whole.lines()));
        assertTrue(whole.font().getSize2D() < 68);

        ShareCardPainter.TitleLayout shortTitle = ShareCardPainter.layOut("Đan thảm lục bình");
        assertEquals(68, shortTitle.font().getSize2D());

        ShareCardPainter.TitleLayout cut = ShareCardPainter.layOut("Mô hình ".repeat(60).strip());
        assertTrue(cut.lines().get(cut.lines().size() - 1).endsWith("…"), cut.lines().toString());
        assertEquals(4, cut.lines().size());
    }

    @Test
    void versionFollowsEveryInput() {
        ShareCard base = card("A");
        assertEquals(base.version(), card("A").version());
        assertNotEquals(base.version(), card("B").version());
        assertNotEquals(base.version(), new ShareCard("Mô hình", "A", "Hà Tĩnh", "Sinh kế, phát triển sản xuất", SITE,
                "vinguoingheo.example.vn").version());
        assertNotEquals(base.version(), new ShareCard("Mô hình", "A", "Cần Thơ – huyện Cờ Đỏ", "Sinh kế, phát triển sản xuất",
                SITE, "localhost:8080").version());
        assertTrue(base.version().matches("[0-9a-f]{10}"));
    }
}
