package vn.vinguoingheo.portal.share;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.zip.CRC32;

/**
 * Writes pixels as PNG: share cards as indexed colour ({@link #encodeIndexed}, one byte per pixel
 * and a palette), anything else as RGB. Cards are flat colour with text, so after PNG's "Sub"
 * filter (and "Up" for a row equal to the one above) nearly every byte is zero. This encoder
 * writes those as runs (deflate matches at distance 1, like zlib's Z_RLE strategy), and pixels
 * that repeat the row above as matches one row back, in one dynamic Huffman block.
 *
 * <p>Why not the JDK's Deflater, now that a card is a third of the bytes: measured in CPU time per
 * card on this project's machine, zlib level 1 took 3.0 ms for the palette indices alone (level 6:
 * 8 ms), where this encoder takes 2.0 ms for the whole indexed card and 2.8 ms for the RGB one;
 * zlib's files are smaller (37 KB at level 1, 29 KB at level 6, against 41 KB here, 97 KB as RGB).
 * Java's Deflater offers no Z_RLE strategy, which is what these images want. Thread-confined: one
 * encoder per thread.
 */
final class PngEncoder {

    /** Changes with the bytes this encoder writes for the same pixels: cached cards are keyed by it. */
    static final String VERSION = "run-length-2";

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int FILTER_UP = 2;
    private static final int ADLER_MODULUS = 65521;

    private final RunLengthDeflater deflater = new RunLengthDeflater();

    /** @param pixels {@code width × height} pixels as 0xRRGGBB, row by row */
    byte[] encode(int[] pixels, int width, int height) {
        if (width <= 0 || height <= 0 || pixels.length < width * height) {
            throw new IllegalArgumentException("no " + width + "×" + height + " image in " + pixels.length + " pixels");
        }
        int stride = 1 + 3 * width;
        deflater.reset(stride);
        boolean aboveIsSub = false;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            if (y > 0 && Arrays.equals(pixels, row, row + width, pixels, row - width, row)) {
                deflater.literal(FILTER_UP);
                deflater.zeros(3 * width);
                aboveIsSub = false;
                continue;
            }
            deflater.literal(FILTER_SUB);
            int end = row + width;
            int previous = 0;
            for (int x = row; x < end; x++) {
                int rgb = pixels[x];
                int same = x + 1;
                if (rgb == previous) {
                    same = runEnd(pixels, x, end, 1);
                    deflater.zeros(3 * (same - x));
                } else if (aboveIsSub && rgb == pixels[x - width] && previous == (x > row ? pixels[x - width - 1] : 0)) {
                    // The same pixels, after the same pixel, as in the row above: the same filtered
                    // bytes, copied from there.
                    same = runEnd(pixels, x, end, width);
                    deflater.copyAbove(3 * (same - x));
                    checksumSub(pixels, x, same, previous);
                } else {
                    deflater.literal(((rgb >> 16) - (previous >> 16)) & 0xff);
                    deflater.literal(((rgb >> 8) - (previous >> 8)) & 0xff);
                    deflater.literal((rgb - previous) & 0xff);
                }
                x = same - 1;
                previous = pixels[x];
            }
            aboveIsSub = stride <= RunLengthDeflater.WINDOW;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(96 * 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header(width, height));
        chunk(png, "IDAT", deflater.zlibStream());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * The end of the run from {@code from} (whose pixel equals the one {@code back} before it) in
     * which every pixel equals the one {@code back} before it: found by {@link Arrays#mismatch},
     * which compares many pixels at a time, since runs of a flat colour span most of a card.
     */
    private static int runEnd(int[] pixels, int from, int end, int back) {
        int mismatch = Arrays.mismatch(pixels, from + 1, end, pixels, from + 1 - back, end - back);
        return mismatch < 0 ? end : from + 1 + mismatch;
    }

    /**
     * Writes the pixels as an indexed PNG with the palette of {@code lookup}, each pixel the index of
     * its nearest entry; null when some pixel has no entry near it (then {@link #encode} writes it as RGB).
     * The rows go through the same run-length deflate as RGB, one byte per pixel instead of three.
     */
    byte[] encodeIndexed(int[] pixels, int width, int height, Palette.Lookup lookup) {
        if (width <= 0 || height <= 0 || pixels.length < width * height) {
            throw new IllegalArgumentException("no " + width + "×" + height + " image in " + pixels.length + " pixels");
        }
        int stride = 1 + width;
        deflater.reset(stride);
        boolean aboveIsSub = false;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            if (y > 0 && Arrays.equals(pixels, row, row + width, pixels, row - width, row)) {
                deflater.literal(FILTER_UP);
                deflater.zeros(width);
                aboveIsSub = false;
                continue;
            }
            deflater.literal(FILTER_SUB);
            int end = row + width;
            // Left of the row, the Sub filter sees index 0; colours are compared before they are looked up.
            int previousIndex = 0;
            for (int x = row; x < end; x++) {
                int rgb = pixels[x];
                int same = x + 1;
                if (x > row && rgb == pixels[x - 1]) {
                    same = runEnd(pixels, x, end, 1);
                    deflater.zeros(same - x);
                } else if (aboveIsSub && rgb == pixels[x - width] && (x == row || pixels[x - 1] == pixels[x - width - 1])
                        && (same = runEnd(pixels, x, end, width)) - x >= RunLengthDeflater.MIN_MATCH) {
                    // (a match copies at least three bytes: a shorter stretch is written as it is)
                    deflater.copyAbove(same - x);
                    previousIndex = checksumSubIndexed(pixels, x, same, previousIndex, lookup);
                    x = same - 1;
                    continue;
                } else {
                    same = x + 1;
                    int index = lookup.index(rgb);
                    if (index < 0) {
                        return null;
                    }
                    deflater.literal((index - previousIndex) & 0xff);
                    previousIndex = index;
                }
                x = same - 1;
            }
            aboveIsSub = stride <= RunLengthDeflater.WINDOW;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(48 * 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = header(width, height);
        header[9] = 3; // indexed colour
        chunk(png, "IHDR", header);
        chunk(png, "PLTE", lookup.palette().plte());
        chunk(png, "IDAT", deflater.zlibStream());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** As {@link #checksumSub}, for indices; returns the index of the last pixel. */
    private int checksumSubIndexed(int[] pixels, int from, int to, int leftIndex, Palette.Lookup lookup) {
        int zeros = 0;
        int left = leftIndex;
        for (int i = from; i < to; i++) {
            if (i > from && pixels[i] == pixels[i - 1]) {
                zeros++;
                continue;
            }
            int index = lookup.index(pixels[i]);
            if (index == left) {
                zeros++;
                continue;
            }
            deflater.checksumZeros(zeros);
            zeros = 0;
            deflater.checksum((index - left) & 0xff);
            left = index;
        }
        deflater.checksumZeros(zeros);
        return left;
    }

    /** Adds the Sub-filtered bytes of {@code pixels[from, to)} to the checksum without writing them. */
    private void checksumSub(int[] pixels, int from, int to, int left) {
        int zeros = 0;
        for (int i = from; i < to; left = pixels[i++]) {
            int rgb = pixels[i];
            if (rgb == left) {
                zeros += 3;
                continue;
            }
            deflater.checksumZeros(zeros);
            zeros = 0;
            deflater.checksum(((rgb >> 16) - (left >> 16)) & 0xff);
            deflater.checksum(((rgb >> 8) - (left >> 8)) & 0xff);
            deflater.checksum((rgb - left) & 0xff);
        }
        deflater.checksumZeros(zeros);
    }

    private static byte[] header(int width, int height) {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB; deflate, adaptive filters and no interlacing are the zeros that follow
        return header;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        png.writeBytes(sum);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }

    /**
     * Deflate (RFC 1951) for filtered image rows: literals, runs of zeros as matches at distance 1,
     * and bytes equal to those a row above as matches at the row's length. Tokens are collected
     * first so that one dynamic Huffman block can be fitted to them.
     */
    static final class RunLengthDeflater {

        static final int WINDOW = 32768;
        private static final int END_OF_BLOCK = 256;
        private static final int MATCH = 1 << 16;
        private static final int FROM_ABOVE = 1 << 15;
        static final int MIN_MATCH = 3;
        private static final int MAX_MATCH = 258;
        private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
            35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
            3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
            257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
        /** The code of each match length, looked up once per match. */
        private static final int[] LENGTH_CODE = new int[MAX_MATCH + 1];
        /** The order in which code-length code lengths are stored (RFC 1951, 3.2.7). */
        private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        /** Adler-32's sums are kept in longs and reduced only when this large: a modulo per byte cost a third of the time. */
        private static final long ADLER_REDUCE_AT = 1L << 60;

        static {
            for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
                LENGTH_CODE[length] = code(LENGTH_BASE, length);
            }
        }

        private int[] tokens = new int[64 * 1024];
        private int count;
        private int aboveDistance;
        /** Whether the last byte written is a zero, so that a run can copy it. */
        private boolean afterZero;
        private long adlerA;
        private long adlerB;

        /** @param rowLength the distance back to the same byte a row above, at most {@link #WINDOW} */
        void reset(int rowLength) {
            count = 0;
            aboveDistance = rowLength;
            afterZero = false;
            adlerA = 1;
            adlerB = 0;
        }

        void literal(int value) {
            add(value);
            afterZero = value == 0;
            checksum(value);
        }

        void zeros(int length) {
            checksumZeros(length);
            int left = length;
            if (!afterZero) {
                add(0);
                afterZero = true;
                left--;
            }
            left = matches(left, 0);
            for (; left > 0; left--) {
                add(0);
            }
        }

        /** {@code length} bytes equal to those a row above, as matches; the caller passes each to {@link #checksum}. */
        void copyAbove(int length) {
            matches(length, FROM_ABOVE);
            afterZero = false;
        }

        /** Splits a run into matches of 3 to 258 bytes; returns the bytes too few to be one. */
        private int matches(int length, int kind) {
            int left = length;
            while (left >= MIN_MATCH) {
                int run = Math.min(left, MAX_MATCH);
                if (left - run > 0 && left - run < MIN_MATCH) {
                    run = left - MIN_MATCH; // leave a rest long enough to be a match
                }
                add(MATCH | kind | run);
                left -= run;
            }
            return left;
        }

        private void add(int token) {
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, count * 2);
            }
            tokens[count++] = token;
        }

        /** Adds {@code length} zero bytes of the stream to its Adler-32 checksum. */
        void checksumZeros(int length) {
            adlerB += (long) length * adlerA;
            if (adlerB > ADLER_REDUCE_AT) {
                reduceAdler();
            }
        }

        /** Adds a byte of the stream to its Adler-32 checksum. */
        void checksum(int value) {
            adlerA += value;
            adlerB += adlerA;
            if (adlerB > ADLER_REDUCE_AT) {
                reduceAdler();
            }
        }

        private void reduceAdler() {
            adlerA %= ADLER_MODULUS;
            adlerB %= ADLER_MODULUS;
        }

        /** The tokens as a zlib stream (RFC 1950): header, one final dynamic block, Adler-32. */
        byte[] zlibStream() {
            int aboveCode = code(DISTANCE_BASE, aboveDistance);
            int[] literalFrequencies = new int[286];
            int[] distanceFrequencies = new int[30];
            for (int i = 0; i < count; i++) {
                int token = tokens[i];
                if (token < MATCH) {
                    literalFrequencies[token]++;
                } else {
                    literalFrequencies[257 + LENGTH_CODE[token & 0x1ff]]++;
                    distanceFrequencies[(token & FROM_ABOVE) == 0 ? 0 : aboveCode]++;
                }
            }
            literalFrequencies[END_OF_BLOCK]++;
            int[] literalLengths = HuffmanCode.lengths(literalFrequencies, 15);
            int[] literalCodes = HuffmanCode.codes(literalLengths);
            int[] distanceLengths = HuffmanCode.lengths(distanceFrequencies, 15);
            int[] distanceCodes = HuffmanCode.codes(distanceLengths);
            int aboveExtra = aboveDistance - DISTANCE_BASE[aboveCode];
            int aboveExtraBits = aboveCode < 4 ? 0 : aboveCode / 2 - 1;

            BitWriter out = new BitWriter(count / 2 + 1024);
            out.writeByte(0x78); // deflate, 32 KB window
            out.writeByte(0x01); // fastest level; the check bits make 0x7801 a multiple of 31
            out.write(1, 1); // final block
            out.write(2, 2); // dynamic Huffman codes
            writeCodeLengths(out, literalLengths, distanceLengths);
            for (int i = 0; i < count; i++) {
                int token = tokens[i];
                if (token < MATCH) {
                    out.write(literalCodes[token], literalLengths[token]);
                    continue;
                }
                int length = token & 0x1ff;
                int code = LENGTH_CODE[length];
                out.write(literalCodes[257 + code], literalLengths[257 + code]);
                out.write(length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
                if ((token & FROM_ABOVE) == 0) {
                    out.write(distanceCodes[0], distanceLengths[0]);
                } else {
                    out.write(distanceCodes[aboveCode], distanceLengths[aboveCode]);
                    out.write(aboveExtra, aboveExtraBits);
                }
            }
            out.write(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
            out.alignToByte();
            reduceAdler();
            int adler = (int) ((adlerB << 16) | adlerA);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.writeByte(adler >>> shift);
            }
            return out.toByteArray();
        }

        /** The code of a length or distance: the last base not above it. */
        private static int code(int[] bases, int value) {
            int code = Arrays.binarySearch(bases, value);
            return code >= 0 ? code : -code - 2;
        }

        /** The two codes' lengths, themselves Huffman-coded, with runs of unused symbols as code 18. */
        private static void writeCodeLengths(BitWriter out, int[] literalLengths, int[] distanceLengths) {
            int literalCount = usedLength(literalLengths, 257);
            int distanceCount = usedLength(distanceLengths, 1);
            int[] all = new int[literalCount + distanceCount];
            System.arraycopy(literalLengths, 0, all, 0, literalCount);
            System.arraycopy(distanceLengths, 0, all, literalCount, distanceCount);

            int[] symbols = new int[all.length];
            int[] extras = new int[all.length];
            int symbolCount = 0;
            int[] frequencies = new int[19];
            for (int i = 0; i < all.length; ) {
                int zeros = 0;
                while (i + zeros < all.length && all[i + zeros] == 0 && zeros < 138) {
                    zeros++;
                }
                if (zeros >= 11) {
                    symbols[symbolCount] = 18;
                    extras[symbolCount++] = zeros - 11;
                    frequencies[18]++;
                    i += zeros;
                } else {
                    symbols[symbolCount++] = all[i];
                    frequencies[all[i]]++;
                    i++;
                }
            }
            int[] lengths = HuffmanCode.lengths(frequencies, 7);
            int[] codes = HuffmanCode.codes(lengths);
            int stored = 19;
            while (stored > 4 && lengths[CODE_LENGTH_ORDER[stored - 1]] == 0) {
                stored--;
            }
            out.write(literalCount - 257, 5);
            out.write(distanceCount - 1, 5);
            out.write(stored - 4, 4);
            for (int i = 0; i < stored; i++) {
                out.write(lengths[CODE_LENGTH_ORDER[i]], 3);
            }
            for (int i = 0; i < symbolCount; i++) {
                out.write(codes[symbols[i]], lengths[symbols[i]]);
                if (symbols[i] == 18) {
                    out.write(extras[i], 7);
                }
            }
        }

        /** How many lengths are stored: up to the last used symbol, and at least {@code minimum}. */
        private static int usedLength(int[] lengths, int minimum) {
            int used = lengths.length;
            while (used > minimum && lengths[used - 1] == 0) {
                used--;
            }
            return used;
        }
    }

    /** Length-limited Huffman codes in deflate's canonical form. */
    static final class HuffmanCode {

        private HuffmanCode() {
        }

        /**
         * Code lengths for the symbols with a non-zero frequency, none longer than {@code limit}.
         * Fewer than two used symbols get company, since a code needs two leaves.
         */
        static int[] lengths(int[] frequencies, int limit) {
            int[] scaled = frequencies.clone();
            int used = 0;
            for (int frequency : scaled) {
                used += frequency > 0 ? 1 : 0;
            }
            for (int i = 0; used < 2; i++) {
                if (scaled[i] == 0) {
                    scaled[i] = 1;
                    used++;
                }
            }
            while (true) {
                int[] lengths = treeDepths(scaled);
                if (Arrays.stream(lengths).max().orElse(0) <= limit) {
                    return lengths;
                }
                // Flatten the distribution until the deepest leaf fits; rare, and costs little size.
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] = scaled[i] == 0 ? 0 : (scaled[i] + 1) / 2;
                }
            }
        }

        /** The depth of each used symbol in a Huffman tree of the frequencies (ties broken by symbol). */
        private static int[] treeDepths(int[] frequencies) {
            int symbols = frequencies.length;
            long[] weights = new long[2 * symbols];
            int[] parents = new int[2 * symbols];
            PriorityQueue<Integer> queue = new PriorityQueue<>(
                    (a, b) -> weights[a] != weights[b] ? Long.compare(weights[a], weights[b]) : Integer.compare(a, b));
            for (int i = 0; i < symbols; i++) {
                if (frequencies[i] > 0) {
                    weights[i] = frequencies[i];
                    queue.add(i);
                }
            }
            int next = symbols;
            while (queue.size() > 1) {
                int a = queue.poll();
                int b = queue.poll();
                weights[next] = weights[a] + weights[b];
                parents[a] = next;
                parents[b] = next;
                queue.add(next++);
            }
            int root = next - 1;
            int[] depths = new int[symbols];
            for (int i = 0; i < symbols; i++) {
                if (frequencies[i] > 0) {
                    int depth = 0;
                    for (int node = i; node != root; node = parents[node]) {
                        depth++;
                    }
                    depths[i] = depth;
                }
            }
            return depths;
        }

        /** Canonical codes for the lengths (RFC 1951, 3.2.2), bit-reversed for an LSB-first stream. */
        static int[] codes(int[] lengths) {
            int[] perLength = new int[16];
            for (int length : lengths) {
                perLength[length]++;
            }
            perLength[0] = 0;
            int[] nextCode = new int[16];
            for (int bits = 1, code = 0; bits < 16; bits++) {
                code = (code + perLength[bits - 1]) << 1;
                nextCode[bits] = code;
            }
            int[] codes = new int[lengths.length];
            for (int i = 0; i < lengths.length; i++) {
                if (lengths[i] > 0) {
                    codes[i] = Integer.reverse(nextCode[lengths[i]]++) >>> (32 - lengths[i]);
                }
            }
            return codes;
        }
    }

    /** Bits packed least significant first, as deflate stores them. */
    static final class BitWriter {
        private byte[] bytes;
        private int size;
        private long buffer;
        private int bits;

        BitWriter(int capacity) {
            bytes = new byte[capacity];
        }

        /** Writes the low {@code count} bits of {@code value}, at most 16. */
        void write(int value, int count) {
            buffer |= (long) value << bits;
            bits += count;
            if (bits >= 32) {
                if (size + 4 > bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2 + 4);
                }
                bytes[size] = (byte) buffer;
                bytes[size + 1] = (byte) (buffer >>> 8);
                bytes[size + 2] = (byte) (buffer >>> 16);
                bytes[size + 3] = (byte) (buffer >>> 24);
                size += 4;
                buffer >>>= 32;
                bits -= 32;
            }
        }

        /** Pads to a whole byte and writes out what is buffered. */
        void alignToByte() {
            bits = (bits + 7) & ~7;
            while (bits > 0) {
                if (size == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2 + 1);
                }
                bytes[size++] = (byte) buffer;
                buffer >>>= 8;
                bits -= 8;
            }
        }

        void writeByte(int value) {
            write(value & 0xff, 8);
        }

        /** The bits written, padded to a whole byte. */
        byte[] toByteArray() {
            alignToByte();
            return Arrays.copyOf(bytes, size);
        }
    }
}
