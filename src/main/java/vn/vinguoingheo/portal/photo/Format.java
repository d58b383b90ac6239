package vn.vinguoingheo.portal.photo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A file's real format, from its first bytes: a photo renamed ".jpg" is still what it is. */
enum Format {
    JPEG("JPEG"), PNG("PNG"), GIF("GIF"),
    HEIC("HEIC (ảnh iPhone)"), AVIF("AVIF"), TIFF("TIFF"), WEBP("WebP"), BMP("BMP"), SVG("SVG"),
    UNKNOWN("không rõ");

    final String label;

    Format(String label) {
        this.label = label;
    }

    static Format sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(b, 0, 4).equals("GIF8")) {
            return GIF;
        }
        if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(b, 0, 2).equals("BM")) {
            return BMP;
        }
        if (ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            return brand.startsWith("avi") ? AVIF : HEIC;
        }
        String head = ascii(b, 0, Math.min(b.length, 1024)).toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            return SVG;
        }
        return UNKNOWN;
    }

    /**
     * Whether copies stay PNG: transparency (an alpha channel or a tRNS chunk) or a palette, that
     * is drawings, logos and charts, which JPEG would blur and turn black where they are clear.
     */
    boolean keepsPng(byte[] b) {
        if (this == GIF) {
            return true;
        }
        if (this != PNG || b.length < 26) {
            return false;
        }
        int colourType = b[25] & 0xFF;
        return colourType == 3 || colourType == 4 || colourType == 6 || Completeness.pngHasChunk(b, "tRNS");
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int from, int length) {
        if (b.length < from + length) {
            return "";
        }
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
}
