package vn.vinguoingheo.portal.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Looks at a photo without decoding its pixels: what format it really is (whatever its name
 * says), whether it is whole, its size from the header (so a decompression bomb is refused before
 * any memory is taken), its EXIF orientation and whether it carries a GPS position. Fast enough
 * for {@code check} on every photo of a site.
 */
public final class PhotoProbe {

    /** Above this many pixels a photo is refused unread: decoding 50 MP takes 200 MB of memory. */
    public static final long MAX_PIXELS = 50_000_000L;
    /** Above this a file is refused unread: no photo for a web page needs more. */
    public static final long MAX_BYTES = 60L * 1024 * 1024;
    /** Narrower than this, a photo looks blurred on a tablet or a wide screen. */
    public static final int GOOD_WIDTH = 960;

    private static final String SAVE_AS_JPEG = "mở ảnh bằng phần mềm xem ảnh và lưu lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, biểu đồ), rồi dùng tệp đó";

    private PhotoProbe() {
    }

    /** What a look at a file found: a photo, or why it cannot be published (in Vietnamese, with what to do). */
    public record Probe(Photo photo, String problem) {
        static Probe refused(String problem) {
            return new Probe(null, problem);
        }
    }

    /** @param source the file's path relative to the site, as it is named in copies and messages */
    public static Probe probe(Path file, String source) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Probe.refused("tệp ảnh nặng " + size / (1024 * 1024) + " MB, quá 60 MB; " + SAVE_AS_JPEG.replace("lưu lại", "thu nhỏ ảnh (ví dụ rộng 3000 điểm ảnh), lưu lại"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Probe.refused("không đọc được tệp ảnh (" + e.getMessage() + ")");
        }
        return probe(bytes, source);
    }

    static Probe probe(byte[] bytes, String source) {
        Format format = Format.sniff(bytes);
        switch (format) {
            case HEIC, AVIF, TIFF, WEBP, BMP -> {
                return Probe.refused("ảnh ở định dạng " + format.label + ", trang web không dùng được định dạng này; " + SAVE_AS_JPEG);
            }
            case SVG -> {
                boolean scripted = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).matches("(?s).*(<script|\\son[a-z]+\\s*=|javascript:).*");
                return Probe.refused("ảnh SVG không dùng được làm ảnh bài viết" + (scripted ? " (tệp này còn chứa mã chạy được)" : "")
                        + "; xuất hình ra và lưu lại dưới dạng JPEG hoặc PNG");
            }
            case UNKNOWN -> {
                return Probe.refused("tệp không phải là ảnh hoặc bị hỏng; " + SAVE_AS_JPEG);
            }
            default -> {
            }
        }
        if (!Completeness.whole(format, bytes)) {
            return Probe.refused("tệp ảnh bị hỏng hoặc không trọn vẹn (có thể tải lên bị ngắt giữa chừng); "
                    + "lấy lại ảnh gốc, lưu lại dưới dạng JPEG rồi tải lên lại");
        }
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Probe.refused("không đọc được ảnh; " + SAVE_AS_JPEG);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Probe.refused("tệp ảnh bị hỏng, không đọc được kích thước; lấy lại ảnh gốc, lưu lại dưới dạng JPEG rồi tải lên lại");
        }
        if (width <= 0 || height <= 0) {
            return Probe.refused("tệp ảnh bị hỏng (kích thước " + width + " × " + height + "); lấy lại ảnh gốc rồi tải lên lại");
        }
        if ((long) width * height > MAX_PIXELS) {
            return Probe.refused("ảnh quá lớn: " + width + " × " + height + " điểm ảnh (" + (long) width * height / 1_000_000
                    + " megapixel), tối đa 50 megapixel; thu nhỏ ảnh (ví dụ rộng 3000 điểm ảnh) rồi lưu lại dưới dạng JPEG");
        }
        int orientation = 1;
        boolean gps = false;
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                orientation = o >= 1 && o <= 8 ? o : 1;
            }
            gps = metadata.getDirectoriesOfType(GpsDirectory.class).stream().anyMatch(PhotoProbe::hasTags);
        } catch (ImageProcessingException | IOException | com.drew.metadata.MetadataException | RuntimeException e) {
            // Metadata that cannot be read is dropped all the same; the pixels decide whether the photo is usable.
        }
        boolean sideways = orientation >= 5;
        return new Probe(new Photo(source, hash(bytes), sideways ? height : width, sideways ? width : height, orientation,
                format.keepsPng(bytes), gps), null);
    }

    private static boolean hasTags(Directory directory) {
        return directory.getTagCount() > 0;
    }

    private static String hash(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(PhotoProcessor.VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest(), 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
