package vn.vinguoingheo.portal.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a photo into its published copies: decoded once (CMYK and YCCK JPEGs and ICC profiles
 * through TwelveMonkeys' reader, 16-bit and palette PNGs through the JDK's), converted to sRGB,
 * resized in halving steps (each bilinear, so every source pixel counts: no aliasing), turned
 * upright by its EXIF orientation, and encoded without any metadata: JPEG quality 0.8,
 * progressive, 4:2:0; or PNG for images with transparency or a palette. Only pixels are written,
 * so nothing of the original's EXIF (GPS included), XMP, IPTC, comments or thumbnails survives.
 */
public final class PhotoProcessor {

    /** Changes whenever the copies would come out different, so that every photo is made again. */
    public static final String VERSION = "anh-1";
    static final float JPEG_QUALITY = 0.8f;

    private PhotoProcessor() {
    }

    /** A copy's bytes. */
    public record Encoded(Photo.Copy copy, byte[] bytes) {
    }

    /** The copies of {@link Photo#copies()}, in that order. */
    public static List<Encoded> process(Photo photo, byte[] original) throws PhotoFailure {
        BufferedImage image = decode(original, photo.png());
        List<Photo.Copy> copies = photo.copies();
        boolean sideways = photo.orientation() >= 5;
        List<Encoded> out = new ArrayList<>();
        // Widest first: each copy is made from the one before, the cheapest path through the sizes.
        BufferedImage current = image;
        for (int i = copies.size() - 1; i >= 0; i--) {
            Photo.Copy copy = copies.get(i);
            int w = sideways ? copy.height() : copy.width();
            int h = sideways ? copy.width() : copy.height();
            current = resize(current, w, h);
            out.add(0, new Encoded(copy, encode(orient(current, photo.orientation()), photo.png())));
        }
        return out;
    }

    /** The pixels in sRGB, with alpha only when kept as PNG; refuses a file the decoder only half reads. */
    static BufferedImage decode(byte[] original, boolean keepAlpha) throws PhotoFailure {
        BufferedImage read;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PhotoFailure("không đọc được ảnh");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Decoders report a truncated or damaged file as a warning and return grey: refuse it instead.
                reader.addIIOReadWarningListener((source, warning) -> {
                    throw new DamagedImage(warning);
                });
                read = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PhotoFailure("tệp ảnh bị hỏng, không giải mã được (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw new PhotoFailure("không đủ bộ nhớ để giải mã ảnh; thu nhỏ ảnh (ví dụ rộng 3000 điểm ảnh) rồi lưu lại dưới dạng JPEG");
        }
        return normalised(read, keepAlpha);
    }

    private static final class DamagedImage extends RuntimeException {
        DamagedImage(String message) {
            super(message);
        }
    }

    private static BufferedImage normalised(BufferedImage read, boolean keepAlpha) {
        int type = keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (read.getType() == type) {
            return read;
        }
        BufferedImage out = new BufferedImage(read.getWidth(), read.getHeight(), type);
        ColorSpace space = read.getColorModel().getColorSpace();
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            // An embedded profile other than sRGB (Adobe RGB, Display P3): convert, not just relabel.
            new ColorConvertOp(null).filter(read, out);
            return out;
        }
        Graphics2D g = out.createGraphics();
        try {
            if (!keepAlpha && read.getColorModel().getTransparency() != Transparency.OPAQUE) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
            }
            g.drawImage(read, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Halves (bilinear) while the target is at most half as wide, then one bilinear step to the exact size. */
    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = scale(current, (current.getWidth() + 1) / 2, (current.getHeight() + 1) / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : scale(current, width, height);
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, image.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image turned as EXIF orientation {@code o} says the camera was held. */
    static BufferedImage orient(BufferedImage image, int o) {
        if (o <= 1 || o > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, image.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** An opaque image as a progressive JPEG of this quality, with no metadata. */
    public static byte[] jpeg(BufferedImage image, float quality) {
        return encode(image, false, quality);
    }

    static byte[] encode(BufferedImage image, boolean png) {
        return encode(image, png, JPEG_QUALITY);
    }

    /** Pixels only: no EXIF, XMP, IPTC, comment, thumbnail or ICC profile (sRGB is what browsers assume). */
    private static byte[] encode(BufferedImage image, boolean png, float quality) {
        try {
            if (png) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = jpegWriter();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no JPEG writer");
        }
        return writers.next();
    }
}
