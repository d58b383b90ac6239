package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;

/** A source file read strictly: size limit, UTF-8, NUL, and the one form of text every later step expects. */
class SourceTextTest {

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private Optional<SourceText> read(byte[] bytes) throws Exception {
        Path file = site.resolve("content/stories/a.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return SourceText.read(site, file, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
        byte[] limit = new byte[2 * 1024 * 1024];
        Arrays.fill(limit, (byte) 'a');
        assertEquals(limit.length, read(limit).orElseThrow().text().length());
        assertEquals(List.of(), reported());

        byte[] over = Arrays.copyOf(limit, limit.length + 1);
        over[limit.length] = 'a';
        assertEquals(Optional.empty(), read(over));
        assertEquals(List.of("content/stories/a.md:1:1: tệp quá lớn (2048 KB; tối đa 2048 KB)"), reported());
    }

    @Test
    void aNulEvenAsTheFirstCharacterMeansNotText() throws Exception {
        assertEquals(Optional.empty(), read("\0---\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("content/stories/a.md:1:1: tệp chứa ký tự NUL: có vẻ không phải tệp văn bản"), reported());
    }

    @Test
    void aByteThatIsNotUtf8IsReportedAtItsLineAndColumn() throws Exception {
        // line 3 is "ab" then the Latin-1 byte of "é": column 3
        byte[] bytes = "---\ntitle: x\nab?\n".getBytes(StandardCharsets.US_ASCII);
        bytes[15] = (byte) 0xE9;
        assertEquals(Optional.empty(), read(bytes));
        assertEquals(List.of("content/stories/a.md:3:3: tệp không phải văn bản UTF-8 hợp lệ; hãy lưu lại với mã hoá UTF-8"), reported());
    }

    @Test
    void textLosesItsByteOrderMarkAndCarriageReturnsAndIsComposed() throws Exception {
        String decomposed = "Ho\u0302\u0323 nghe\u0300o"; // "Hộ nghèo" with combining marks
        byte[] bytes = ("\uFEFF---\r\ntitle: " + decomposed + "\rx\r\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(new SourceText("content/stories/a.md", "---\ntitle: Hộ nghèo\nx\n"), read(bytes).orElseThrow());
        assertEquals(List.of(), reported());
    }

    @Test
    void pathsAreShownRelativeToTheSiteWithForwardSlashes() {
        assertEquals("content/models/a.md", SourceText.relativePath(site, site.resolve("content/models/a.md")));
        assertEquals("content/x.md", SourceText.relativePath(site, Path.of("content/x.md")), "a relative path is kept as it is");
    }
}
