package vn.vinguoingheo.portal.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Every image is read back by ImageIO (zlib's inflater) and must give exactly the pixels written. */
class PngEncoderTest {

    private final PngEncoder encoder = new PngEncoder();

    private static int[] decoded(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(rgb).map(pixel -> pixel & 0xffffff).toArray();
    }

    private void roundTrips(int[] pixels, int width, int height) throws IOException {
        byte[] png = encoder.encode(pixels, width, height);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertArrayEquals(pixels, decoded(png));
    }

    @Test
    void aSharedCardComesBackPixelForPixel() throws IOException {
        ShareCard card = new ShareCard("Mô hình", "Nuôi bò sinh sản giúp hộ nghèo thoát nghèo bền vững ở xã Tân Lập",
                "Bạc Liêu, nay thuộc Cà Mau", "Sinh kế · Chăn nuôi", "Vì người nghèo", "vinguoingheo.gov.vn");
        BufferedImage painted = ShareCardPainter.paint(card);
        int[] pixels = painted.getRGB(0, 0, ShareCard.WIDTH, ShareCard.HEIGHT, null, 0, ShareCard.WIDTH);
        int[] rgb = Arrays.stream(pixels).map(pixel -> pixel & 0xffffff).toArray();
        byte[] png = encoder.encode(rgb, ShareCard.WIDTH, ShareCard.HEIGHT);
        assertArrayEquals(rgb, decoded(png));
        assertTrue(png.length < 150 * 1024, png.length + " bytes");
    }

    @Test
    void edgeShapes() throws IOException {
        roundTrips(new int[] {0x123456}, 1, 1);
        roundTrips(new int[] {0}, 1, 1);
        roundTrips(new int[7 * 3], 7, 3);
        int[] flat = new int[1000 * 40];
        Arrays.fill(flat, 0xffffff);
        roundTrips(flat, 1000, 40);
        // Runs of every length around the 3 and 258 byte limits of a match.
        int[] runs = new int[400 * 4];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = (i % 400) < (i / 400) * 86 + 1 ? 0xa4161a : 0xffffff;
        }
        roundTrips(runs, 400, 4);
    }

    @Test
    void rowsRepeatingTheRowAboveInParts() throws IOException {
        int width = 300;
        int height = 50;
        int[] pixels = new int[width * height];
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean copied = y > 0 && (x / 10 + y) % 3 != 0;
                pixels[y * width + x] = copied ? pixels[(y - 1) * width + x] : random.nextInt(4) * 0x3f3f3f;
            }
        }
        roundTrips(pixels, width, height);
    }

    @Test
    void rowsTooLongToCopyFromAboveStillEncode() throws IOException {
        int width = 11_000; // a row of 33,001 bytes lies beyond deflate's 32 KB reach
        int[] pixels = new int[width * 3];
        for (int x = 0; x < width; x++) {
            pixels[x] = (x * 2654435761L % 7 == 0) ? 0x000000 : 0xffffff;
            pixels[width + x] = pixels[x];
            pixels[2 * width + x] = pixels[x] ^ (x % 5 == 0 ? 0x010101 : 0);
        }
        roundTrips(pixels, width, 3);
    }

    @Property(tries = 60)
    void randomImagesRoundTrip(@ForAll @IntRange(min = 1, max = 90) int width, @ForAll @IntRange(min = 1, max = 40) int height,
            @ForAll @IntRange(min = 1, max = 6) int colours, @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        int[] palette = random.ints(colours, 0, 0x1000000).toArray();
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int choice = random.nextInt(10);
            pixels[i] = choice < 5 && i > 0 ? pixels[i - 1]
                    : choice < 8 && i >= width ? pixels[i - width]
                    : palette[random.nextInt(colours)];
        }
        roundTrips(pixels, width, height);
    }

    @Test
    void theStreamIsValidZlibWithItsChecksum() throws DataFormatException {
        int[] pixels = new int[64 * 64];
        Arrays.setAll(pixels, i -> i * 0x010203);
        byte[] png = encoder.encode(pixels, 64, 64);
        int idat = indexOf(png, "IDAT".getBytes()) + 4;
        int length = ((png[idat - 8] & 0xff) << 24) | ((png[idat - 7] & 0xff) << 16) | ((png[idat - 6] & 0xff) << 8) | (png[idat - 5] & 0xff);
        Inflater inflater = new Inflater();
        inflater.setInput(png, idat, length);
        byte[] raw = new byte[64 * (1 + 64 * 3) + 1];
        assertEquals(raw.length - 1, inflater.inflate(raw));
        assertTrue(inflater.finished(), "the final block ends the stream and the Adler-32 checksum matches");
        inflater.end();
    }

    @Test
    void refusesAnArrayTooSmallForTheSize() {
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new int[5], 3, 2));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new int[0], 0, 0));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
