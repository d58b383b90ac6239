package vn.vinguoingheo.portal.share;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as PNG straight from its pixel array. ImageIO's PNG writer copies the
 * raster and reads it pixel by pixel: measured here, it was four fifths of the time a share
 * card takes. Rows use the "Sub" filter, which suits flat colour and text; the fastest deflate
 * level makes cards about a third larger (≈65 KB) and takes a third less time than the default.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private PngEncoder() {
    }

    /** @param image a {@link BufferedImage#TYPE_INT_RGB} image */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expects TYPE_INT_RGB, got " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filtering, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", compressedRows(pixels, width, height));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] compressedRows(int[] pixels, int width, int height) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + width * 3];
            row[0] = FILTER_SUB;
            for (int y = 0; y < height; y++) {
                int previous = 0;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int rgb = pixels[y * width + x];
                    row[i] = (byte) ((rgb >> 16) - (previous >> 16));
                    row[i + 1] = (byte) ((rgb >> 8) - (previous >> 8));
                    row[i + 2] = (byte) (rgb - previous);
                    previous = rgb;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
