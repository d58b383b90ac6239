package vn.vinguoingheo.portal.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoTest {

    @Test
    void aPhoneHeldUprightIsProbedUprightWithItsGpsNoticed() {
        PhotoProbe.Probe probe = PhotoProbe.probe(TestPhotos.phonePhoto(1200, 900), "assets/images/ho-dan.jpg");
        assertNull(probe.problem());
        Photo photo = probe.photo();
        assertEquals(6, photo.orientation());
        assertEquals(900, photo.width());
        assertEquals(1200, photo.height());
        assertTrue(photo.gps());
        assertFalse(photo.png());
        assertEquals(List.of(new Photo.Copy("ho-dan-480-" + photo.hash() + ".jpg", 480, 640),
                new Photo.Copy("ho-dan-900-" + photo.hash() + ".jpg", 900, 1200)), photo.copies());
    }

    @Test
    void copiesAreNeverEnlarged() {
        assertEquals(List.of(480, 960, 1600), widths(new Photo("a.jpg", "abcdef", 4000, 3000, 1, false, false)));
        assertEquals(List.of(480, 960, 1200), widths(new Photo("a.jpg", "abcdef", 1200, 900, 1, false, false)));
        assertEquals(List.of(480, 960), widths(new Photo("a.jpg", "abcdef", 960, 640, 1, false, false)));
        assertEquals(List.of(300), widths(new Photo("a.jpg", "abcdef", 300, 200, 1, false, false)));
        assertEquals(1200, new Photo("a.jpg", "abcdef", 4000, 3000, 1, false, false).largest().height());
    }

    private static List<Integer> widths(Photo photo) {
        return photo.copies().stream().map(Photo.Copy::width).toList();
    }

    @Test
    void publishedCopiesAreUprightAndCarryNoMetadata() throws Exception {
        byte[] original = TestPhotos.phonePhoto(2000, 1500);
        Photo photo = PhotoProbe.probe(original, "assets/images/ho-dan.jpg").photo();
        List<PhotoProcessor.Encoded> copies = PhotoProcessor.process(photo, original);
        assertEquals(List.of(480, 960, 1500), copies.stream().map(c -> c.copy().width()).toList());
        for (PhotoProcessor.Encoded copy : copies) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy.bytes()));
            assertEquals(copy.copy().width(), image.getWidth());
            assertEquals(copy.copy().height(), image.getHeight());
            // Upright: the stored left edge (red) is now the top, the stored right edge (blue) the bottom.
            int top = image.getRGB(image.getWidth() / 2, 2);
            int bottom = image.getRGB(image.getWidth() / 2, image.getHeight() - 3);
            assertTrue(((top >> 16) & 0xFF) > 150 && (top & 0xFF) < 80, "red on top: " + Integer.toHexString(top));
            assertTrue((bottom & 0xFF) > 150 && ((bottom >> 16) & 0xFF) < 80, "blue at the bottom: " + Integer.toHexString(bottom));
            assertEquals(List.of("JPEG", "JFIF", "Huffman", "File Type"), directories(copy.bytes()));
            assertFalse(new String(copy.bytes(), StandardCharsets.ISO_8859_1).contains("Exif"));
            assertFalse(new String(copy.bytes(), StandardCharsets.ISO_8859_1).contains("Phone"));
            assertProgressive(copy.bytes());
        }
        assertTrue(copies.get(1).bytes().length < 200_000, "960 px copy: " + copies.get(1).bytes().length + " bytes");
        // The same photo always gives the same bytes.
        assertArrayEquals(copies.get(0).bytes(), PhotoProcessor.process(photo, original).get(0).bytes());
    }

    @Test
    void aCmykJpegIsReadAndPublishedAsRgb() throws Exception {
        byte[] original = TestPhotos.cmykJpeg(1000, 500);
        PhotoProbe.Probe probe = PhotoProbe.probe(original, "assets/images/in-an.jpg");
        assertNull(probe.problem());
        List<PhotoProcessor.Encoded> copies = PhotoProcessor.process(probe.photo(), original);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(copies.get(0).bytes()));
        assertEquals(3, image.getColorModel().getNumComponents());
        assertEquals(480, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void aTransparentPngStaysPngWithItsTransparency() throws Exception {
        byte[] original = TestPhotos.transparentPng(1000, 1000);
        Photo photo = PhotoProbe.probe(original, "bieu-trung.png").photo();
        assertTrue(photo.png());
        List<PhotoProcessor.Encoded> copies = PhotoProcessor.process(photo, original);
        assertEquals(List.of("bieu-trung-480-" + photo.hash() + ".png", "bieu-trung-960-" + photo.hash() + ".png",
                "bieu-trung-1000-" + photo.hash() + ".png"), copies.stream().map(c -> c.copy().name()).toList());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(copies.get(0).bytes()));
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(0, image.getRGB(2, 2) >>> 24, "the corner stays clear");
        assertEquals(255, image.getRGB(240, 240) >>> 24, "the middle stays solid");
    }

    @Test
    void aSixteenBitPngIsRead() throws Exception {
        BufferedImage wide = new BufferedImage(600, 400, BufferedImage.TYPE_USHORT_GRAY);
        byte[] original = TestPhotos.png(wide);
        Photo photo = PhotoProbe.probe(original, "xam.png").photo();
        assertNotNull(photo);
        assertEquals(2, PhotoProcessor.process(photo, original).size());
    }

    @Test
    void brokenFilesAreRefusedWithWhatToDo() {
        assertTrue(refusal(TestPhotos.truncated()).contains("không trọn vẹn"));
        String bomb = refusal(TestPhotos.bombPng(20_000, 20_000));
        assertTrue(bomb.contains("20000 × 20000") && bomb.contains("tối đa 50 megapixel"), bomb);
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        assertTrue(refusal(heic).contains("HEIC") && refusal(heic).contains("lưu lại dưới dạng JPEG"), refusal(heic));
        assertTrue(refusal("II*\0 tiff".getBytes(StandardCharsets.ISO_8859_1)).contains("TIFF"));
        String svg = refusal("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertTrue(svg.contains("mã chạy được") && svg.contains("JPEG"), svg);
        assertTrue(refusal("không phải ảnh".getBytes(StandardCharsets.UTF_8)).contains("không phải là ảnh"));
    }

    @Test
    void aFileWholeInStructureButDamagedInsideFailsToDecode() throws Exception {
        byte[] damaged = TestPhotos.damagedInside();
        PhotoProbe.Probe probe = PhotoProbe.probe(damaged, "hong.jpg");
        assertNotNull(probe.photo(), "its structure is whole, so only decoding finds the damage");
        PhotoFailure failure = assertThrows(PhotoFailure.class, () -> PhotoProcessor.process(probe.photo(), damaged));
        assertTrue(failure.getMessage().startsWith("tệp ảnh bị hỏng, không giải mã được"), failure.getMessage());
    }

    private static String refusal(byte[] bytes) {
        PhotoProbe.Probe probe = PhotoProbe.probe(bytes, "assets/images/x.jpg");
        assertNull(probe.photo());
        return probe.problem();
    }

    /** The names of the metadata blocks a reader finds. */
    static List<String> directories(byte[] image) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
        List<String> names = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            names.add(d.getName());
        }
        assertTrue(metadata.getDirectoriesOfType(GpsDirectory.class).isEmpty());
        return names;
    }

    private static void assertProgressive(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC2) {
                return;
            }
        }
        throw new AssertionError("not progressive (no SOF2 marker)");
    }
}
