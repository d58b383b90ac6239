package vn.vinguoingheo.portal.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A share card drawn over an entry's photo: the photo fills it, the title stays legible over any photo. */
class PhotoCardTest {

    private static final ShareCard CARD = new ShareCard("Mô hình", "Nuôi bò sinh sản giúp hộ nghèo thoát nghèo bền vững ở xã Tân Lập",
            "Hà Tĩnh", "Sinh kế", "Vì người nghèo", "vinguoingheo.example.vn", "mo-hinh/x/anh-1600-abcdef.jpg");

    @Test
    void theTitleKeepsAContrastOfAtLeast4Point5OverTheLightestAndTheDarkestPhoto() {
        for (Color tone : new Color[] {Color.WHITE, Color.BLACK, Color.YELLOW, new Color(0x808080)}) {
            BufferedImage card = ShareCardPainter.paintOverPhoto(CARD, plain(tone, 1600, 1200));
            assertEquals(1200, card.getWidth());
            assertEquals(630, card.getHeight());
            // The band behind the title, where no letter is (left of the text, between lines), and the title's white.
            for (int y = 320; y < 620; y += 20) {
                double contrast = contrast(0xFFFFFF, card.getRGB(50, y));
                assertTrue(contrast >= 4.5, tone + " at y=" + y + ": " + contrast);
            }
            assertTrue(countWhite(card, 88, 364, 1120, 560) > 2000, "the title is drawn in white");
        }
    }

    @Test
    void thePhotoFillsTheCardAboveTheBand() {
        // A portrait photo, red above and blue below its middle: cropped to fill, the top shows the middle part.
        BufferedImage photo = plain(Color.RED, 1000, 1600);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 800, 1000, 800);
        g.dispose();
        BufferedImage card = ShareCardPainter.paintOverPhoto(CARD, photo);
        assertEquals(0xFF0000, card.getRGB(600, 10) & 0xFFFFFF);
        assertEquals(0xFF0000, card.getRGB(1190, 280) & 0xFFFFFF);
    }

    @Test
    void itIsAJpegAndItsVersionFollowsThePhoto() throws Exception {
        byte[] jpeg = ShareCardPainter.jpeg(CARD, plain(Color.GREEN, 800, 600));
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1200, read.getWidth());
        ShareCard otherPhoto = new ShareCard(CARD.kind(), CARD.title(), CARD.place(), CARD.topic(), CARD.siteName(), CARD.host(),
                "mo-hinh/x/anh-1600-123456.jpg");
        assertNotEquals(CARD.version(), otherPhoto.version());
        ShareCard none = new ShareCard(CARD.kind(), CARD.title(), CARD.place(), CARD.topic(), CARD.siteName(), CARD.host());
        assertNotEquals(CARD.version(), none.version());
        assertNotEquals(CARD.cacheKey(), none.cacheKey());
    }

    private static BufferedImage plain(Color color, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static int countWhite(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
