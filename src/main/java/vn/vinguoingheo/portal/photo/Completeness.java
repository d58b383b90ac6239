package vn.vinguoingheo.portal.photo;

import java.nio.charset.StandardCharsets;

/**
 * Whether a file holds a whole image, from its structure alone: an upload cut short is the most
 * common broken photo, and decoders fill the missing part with grey instead of failing.
 */
final class Completeness {

    private Completeness() {
    }

    static boolean whole(Format format, byte[] b) {
        return switch (format) {
            case JPEG -> jpegEnds(b);
            case PNG -> pngHasChunk(b, "IEND");
            case GIF -> b.length > 13 && indexOfTrailer(b);
            default -> false;
        };
    }

    /**
     * Walks the JPEG's segments and the entropy-coded data of its scans up to the end-of-image
     * marker. Anything after it (a phone's "motion photo" video, a maker's trailer) is ignored.
     */
    private static boolean jpegEnds(byte[] b) {
        int i = 2;
        while (i + 2 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9) {
                return true;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i += 2;
                continue;
            }
            if (i + 4 > b.length) {
                return false;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2) {
                return false;
            }
            i += 2 + length;
            if (marker == 0xDA) {
                // Entropy-coded data: 0xFF is followed by 0x00 (a data byte) or a restart marker.
                while (i + 1 < b.length) {
                    if ((b[i] & 0xFF) == 0xFF) {
                        int next = b[i + 1] & 0xFF;
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                            break;
                        }
                    }
                    i++;
                }
                if (i + 1 >= b.length) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether a PNG has a chunk of this type, found by walking the chunks (each with its length). */
    static boolean pngHasChunk(byte[] b, String type) {
        long i = 8;
        while (i + 8 <= b.length) {
            int at = (int) i;
            long length = ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            String name = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (name.equals(type)) {
                return i + 12 + length <= b.length;
            }
            if (name.equals("IEND")) {
                return false;
            }
            i += 12 + length;
        }
        return false;
    }

    private static boolean indexOfTrailer(byte[] b) {
        // A GIF ends with ';' (0x3B); trailing zero bytes written by some tools are allowed.
        for (int i = b.length - 1; i >= Math.max(0, b.length - 64); i--) {
            if (b[i] == 0x3B) {
                return true;
            }
            if (b[i] != 0) {
                return false;
            }
        }
        return false;
    }
}
