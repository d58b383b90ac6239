package vn.vinguoingheo.portal.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Share cards as indexed PNGs: read back by ImageIO, they show what was drawn within 3 per channel. */
class IndexedPngTest {

    private static final List<ShareCard> CARDS = List.of(
            new ShareCard("Mô hình", "Nuôi bò sinh sản giúp hộ nghèo thoát nghèo bền vững ở xã Tân Lập",
                    "Bạc Liêu, nay thuộc Cà Mau", "Sinh kế · Chăn nuôi", "Vì người nghèo", "vinguoingheo.gov.vn"),
            new ShareCard(null, "Vì người nghèo", null, null, "Vì người nghèo", "vinguoingheo.gov.vn"),
            new ShareCard("Văn bản", "Quyết định 666/QĐ-TTg về Kế hoạch tổ chức phong trào thi đua “Cả nước chung tay vì người "
                    + "nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025 và những năm tiếp theo của các bộ ngành",
                    null, "Số 666/QĐ-TTg · Thủ tướng Chính phủ", "Vì người nghèo", "vinguoingheo.gov.vn"));

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int[] rgb(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(pixels).map(pixel -> pixel & 0xffffff).toArray();
    }

    @Test
    void everyCardIsAnIndexedPngThatLooksAsDrawn() throws IOException {
        for (ShareCard card : CARDS) {
            int[] drawn = rgb(ShareCardPainter.paint(card));
            byte[] png = ShareCardPainter.png(card);
            BufferedImage image = read(png);
            assertTrue(image.getColorModel() instanceof IndexColorModel, "indexed: " + card.title());
            assertEquals(1200, image.getWidth());
            assertEquals(630, image.getHeight());
            int[] back = rgb(image);
            int worst = 0;
            int changed = 0;
            for (int i = 0; i < drawn.length; i++) {
                int difference = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    difference = Math.max(difference, Math.abs(((drawn[i] >> shift) & 0xff) - ((back[i] >> shift) & 0xff)));
                }
                worst = Math.max(worst, difference);
                changed += difference > 0 ? 1 : 0;
            }
            assertTrue(worst <= 3, "no channel more than 3 off: " + worst);
            // only anti-aliased edge pixels can move, and they are few
            assertTrue(changed < drawn.length / 20, changed + " pixels changed");
            assertTrue(png.length < 80 * 1024, png.length + " bytes");
        }
    }

    @Test
    void imagesOfThePalettesColoursComeBackExactly() throws IOException {
        Palette palette = Palette.of(new int[] {0xffffff, 0x1d2329, 0xa4161a}, new int[][] {{0x1d2329, 0xffffff}});
        Random random = new Random(3);
        int width = 300;
        int height = 70;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // runs, rows repeating the one above in parts, and single pixels
                pixels[y * width + x] = y % 7 == 3 ? palette.colour(random.nextInt(palette.size()))
                        : palette.colour((x / (1 + y % 5)) % palette.size());
            }
        }
        byte[] png = new PngEncoder().encodeIndexed(pixels, width, height, palette.lookup());
        assertNotNull(png);
        assertArrayEquals(pixels, rgb(read(png)));
    }

    @Property(tries = 60)
    void randomPaletteImagesRoundTrip(@ForAll @IntRange(min = 1, max = 90) int width,
            @ForAll @IntRange(min = 1, max = 40) int height, @ForAll long seed) throws IOException {
        Palette palette = Palette.of(new int[] {0x000000, 0xffffff, 0xf5f1ea}, new int[][] {{0x000000, 0xffffff}});
        Random random = new Random(seed);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int choice = random.nextInt(10);
            pixels[i] = choice < 6 && i > 0 ? pixels[i - 1] : choice < 8 && i >= width ? pixels[i - width]
                    : palette.colour(random.nextInt(palette.size()));
        }
        assertArrayEquals(pixels, rgb(read(new PngEncoder().encodeIndexed(pixels, width, height, palette.lookup()))));
    }

    @Test
    void aColourFarFromThePaletteIsNotForcedIntoIt() {
        Palette palette = Palette.of(new int[] {0xffffff, 0x000000}, new int[][] {});
        int[] pixels = new int[100];
        Arrays.fill(pixels, 0xffffff);
        pixels[57] = 0x00ff00;
        assertNull(new PngEncoder().encodeIndexed(pixels, 10, 10, palette.lookup()));
    }
}
