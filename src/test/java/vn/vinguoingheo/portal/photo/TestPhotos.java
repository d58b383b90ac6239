package vn.vinguoingheo.portal.photo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos made by the tests themselves: a phone photo held upright (EXIF orientation 6) with a GPS
 * position, a CMYK JPEG, a PNG with transparency, a file cut short and a decompression bomb's header.
 */
public final class TestPhotos {

    /** A GPS latitude written into {@link #phonePhoto}: 21° N (Hà Nội). */
    public static final int LATITUDE = 21;

    private TestPhotos() {
    }

    /**
     * A landscape-stored photo ({@code storedWidth} × {@code storedHeight}) that a phone held
     * upright: orientation 6 (turn 90° clockwise to view), with GPS, a comment and camera EXIF.
     * Its top (once turned) is red, its bottom blue: the stored left edge is red.
     */
    public static byte[] phonePhoto(int storedWidth, int storedHeight) {
        BufferedImage image = scene(storedWidth, storedHeight);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 20, 20));
        g.fillRect(0, 0, storedWidth / 8, storedHeight);
        g.setColor(new Color(20, 20, 200));
        g.fillRect(storedWidth - storedWidth / 8, 0, storedWidth / 8, storedHeight);
        g.dispose();
        return withExif(jpeg(image, 0.92f), exif(6, true));
    }

    /** An ordinary photo-like JPEG with no metadata but JFIF. */
    public static byte[] plainPhoto(int width, int height) {
        return jpeg(scene(width, height), 0.92f);
    }

    /** Something like a photo: gradients, shapes and fine noise (which JPEG must spend bytes on, as on real photos). */
    public static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, height / 2f, new Color(230, 220, 190)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, height / 2f, new Color(60, 120, 50), width, height, new Color(140, 110, 60)));
        g.fillRect(0, height / 2, width, height - height / 2);
        Random random = new Random(18);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int r = 20 + random.nextInt(Math.max(1, width / 10));
            g.fillOval(random.nextInt(width), height / 3 + random.nextInt(Math.max(1, height * 2 / 3)), r, r);
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(17) - 8;
                int p = row[x];
                row[x] = (clamp(((p >> 16) & 0xFF) + n) << 16) | (clamp(((p >> 8) & 0xFF) + n) << 8) | clamp((p & 0xFF) + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A JPEG of four components (CMYK, as print workflows save them), which the JDK's own reader refuses. */
    public static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Cyan left to right, a little black at the bottom; Adobe CMYK JPEGs store inverted values.
                raster.setPixel(x, y, new int[] {255 - x * 255 / width, 255, 255, 255 - y * 60 / height});
            }
        }
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                writer.write(null, new IIOImage(raster, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A logo-like PNG with a transparent background. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(164, 22, 26));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return png(image);
    }

    /** A photo cut off halfway through, as an interrupted upload leaves it. */
    public static byte[] truncated() {
        byte[] whole = plainPhoto(800, 600);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A JPEG whose markers are all in place (so it looks whole) but whose compressed data is
     * noise: only decoding it shows the damage.
     */
    public static byte[] damagedInside() {
        byte[] photo = plainPhoto(800, 600);
        int sos = 2;
        while (!((photo[sos] & 0xFF) == 0xFF && (photo[sos + 1] & 0xFF) == 0xDA)) {
            sos += 2 + (((photo[sos + 2] & 0xFF) << 8) | (photo[sos + 3] & 0xFF));
        }
        int data = sos + 2 + (((photo[sos + 2] & 0xFF) << 8) | (photo[sos + 3] & 0xFF));
        byte[] damaged = photo.clone();
        Random random = new Random(7);
        for (int i = data; i < damaged.length - 2; i++) {
            damaged[i] = (byte) random.nextInt(0xFF);
        }
        return damaged;
    }

    /** A whole, valid PNG that says it is {@code width} × {@code height}: decoding it would take gigabytes. */
    public static byte[] bombPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(ihdr);
            d.writeInt(width);
            d.writeInt(height);
            d.write(new byte[] {8, 2, 0, 0, 0});
            chunk(out, "IHDR", ihdr.toByteArray());
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
            deflater.setInput(new byte[64 * 1024]);
            deflater.finish();
            byte[] buffer = new byte[4096];
            int n = deflater.deflate(buffer);
            chunk(out, "IDAT", Arrays.copyOf(buffer, n));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param)), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts APP1 (EXIF) and COM segments right after SOI. */
    static byte[] withExif(byte[] jpeg, byte[] exif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, exif);
        segment(out, 0xFE, "Chụp ở xã Cờ Đỏ".getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(data, 0, data.length);
    }

    /** "Exif\0\0" and a big-endian TIFF: IFD0 with Make, Orientation and (optionally) a GPS IFD with a latitude. */
    static byte[] exif(int orientation, boolean gps) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        try {
            d.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
            // TIFF header; offsets below are from its start.
            d.write(new byte[] {'M', 'M', 0, 42});
            d.writeInt(8);
            int entries = gps ? 3 : 2;
            int ifd0End = 8 + 2 + entries * 12 + 4;
            int makeAt = ifd0End;
            byte[] make = "Phone\0".getBytes(StandardCharsets.ISO_8859_1);
            int gpsAt = makeAt + make.length;
            d.writeShort(entries);
            entry(d, 0x010F, 2, make.length, makeAt);
            d.writeShort(0x0112);
            d.writeShort(3);
            d.writeInt(1);
            d.writeShort(orientation);
            d.writeShort(0);
            if (gps) {
                entry(d, 0x8825, 4, 1, gpsAt);
            }
            d.writeInt(0);
            d.write(make);
            if (gps) {
                int gpsEnd = gpsAt + 2 + 2 * 12 + 4;
                d.writeShort(2);
                d.writeShort(0x0001);
                d.writeShort(2);
                d.writeInt(2);
                d.write(new byte[] {'N', 0, 0, 0});
                entry(d, 0x0002, 5, 3, gpsEnd);
                d.writeInt(0);
                int[][] rationals = {{LATITUDE, 1}, {1, 1}, {30, 1}};
                for (int[] r : rationals) {
                    d.writeInt(r[0]);
                    d.writeInt(r[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static void entry(DataOutputStream d, int tag, int type, int count, int offset) throws IOException {
        d.writeShort(tag);
        d.writeShort(type);
        d.writeInt(count);
        d.writeInt(offset);
    }
}
