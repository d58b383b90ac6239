package vn.vinguoingheo.portal.content.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.text.VietnameseText;

/**
 * A source file's text, decoded strictly as UTF-8, without byte order mark, with LF line ends and
 * in NFC, as every later step expects it.
 *
 * @param path the file's path relative to the site, with forward slashes, as shown in messages
 */
public record SourceText(String path, String text) {

    /** Larger files are not entries an editor wrote; refusing them keeps a stray dump from stalling a build. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** Reads a file, or reports why it cannot be read and returns nothing. */
    public static Optional<SourceText> read(Path site, Path file, Problems problems) {
        String path = relativePath(site, file);
        Location start = Location.startOf(path);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(start, "tệp quá lớn (" + size / 1024 + " KB; tối đa " + MAX_BYTES / 1024 + " KB)");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, path, problems).map(text -> new SourceText(path, normalise(text)));
        } catch (IOException e) {
            problems.error(start, "không đọc được tệp: " + e.getMessage());
            return Optional.empty();
        }
    }

    public static String relativePath(Path site, Path file) {
        Path relative = file.isAbsolute() && site.isAbsolute() ? site.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }

    private static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.error(locationOfByte(bytes, in.position(), path),
                    "tệp không phải văn bản UTF-8 hợp lệ; hãy lưu lại với mã hoá UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.indexOf('\0') >= 0) {
            problems.error(Location.startOf(path), "tệp chứa ký tự NUL: có vẻ không phải tệp văn bản");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Location locationOfByte(byte[] bytes, int offset, String path) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(path, line, offset - lineStart + 1);
    }

    private static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return VietnameseText.nfc(withoutBom.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
