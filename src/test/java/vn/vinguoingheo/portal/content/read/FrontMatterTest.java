package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.Problems;

/** Splitting an entry at its {@code ---} lines, and where a body too deep to convert is reported. */
class FrontMatterTest {

    private final Problems problems = new Problems();

    private Optional<FrontMatter> split(String text) {
        return FrontMatter.split(new SourceText("content/stories/a.md", text), problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void theBodyStartsOnTheLineAfterTheClosingFence() {
        // line 1 "---", line 2 "title: x", line 3 "---", body from line 4
        assertEquals(Optional.of(new FrontMatter("title: x\n", "Nội dung.\n", 4)), split("---\ntitle: x\n---\nNội dung.\n"));
        assertEquals(List.of(), reported());
    }

    @Test
    void fencesMayCarrySpacesAndTheFileMayEndAtTheClosingFence() {
        assertEquals(Optional.of(new FrontMatter("a: 1\nb: 2\n", "", 5)), split(" --- \na: 1\nb: 2\n---  "));
        assertEquals(List.of(), reported());
    }

    @Test
    void anEmptyFrontMatterSplitsToAnEmptyText() {
        assertEquals(Optional.of(new FrontMatter("", "x\n", 3)), split("---\n---\nx\n"));
    }

    @Test
    void aLineWithMoreThanTheFenceDoesNotCloseTheFrontMatter() {
        assertEquals(Optional.of(new FrontMatter("a: ----\n--- b\n", "", 5)), split("---\na: ----\n--- b\n---\n"));
    }

    @Test
    void aFileOfOneFenceLineHasNoClosingFence() {
        assertEquals(Optional.empty(), split("---"));
        assertEquals(List.of("content/stories/a.md:1:1: phần đầu YAML không có dòng --- kết thúc"), reported());
    }

    @Test
    void aFrontMatterThatNeverClosesIsReported() {
        assertEquals(Optional.empty(), split("---\ntitle: x\nNội dung.\n"));
        assertEquals(List.of("content/stories/a.md:1:1: phần đầu YAML không có dòng --- kết thúc"), reported());
    }

    @Test
    void aBlankFileAndAFileWithoutFrontMatterAreReported() {
        assertEquals(Optional.empty(), split(" \n\n"));
        assertEquals(Optional.empty(), split("title: x\n---\n"));
        assertEquals(List.of(
                "content/stories/a.md:1:1: thiếu phần đầu YAML: tệp phải bắt đầu bằng một dòng chỉ có ---, "
                        + "tiếp theo là các trường (title: …) và một dòng --- nữa",
                "content/stories/a.md:1:1: tệp rỗng: một bài viết cần phần đầu YAML giữa hai dòng --- và nội dung"), reported());
    }

    // deepestLine: nesting = quote marks and opening brackets, plus leading spaces / 2.

    private static Location deepest(String body) {
        return FrontMatterMarkdownEngine.deepestLine(new FrontMatter("", body, 10), "a.md");
    }

    @Test
    void theDeepestLineIsFoundAtItsFirstMark() {
        // nesting 0, 2, 1: the second line (10 + 1), its first mark in column 1
        assertEquals(new Location("a.md", 11, 1), deepest("a\n> > b\n> c\n"));
    }

    @Test
    void ofLinesEquallyDeepTheFirstIsTaken() {
        assertEquals(new Location("a.md", 10, 1), deepest("> a\n> b\n"));
    }

    @Test
    void leadingSpacesCountAsHalfALevelEachAndTheColumnSkipsThem() {
        // ">>>" is 3; "    [a](b)" is 4/2 + 2 = 4: the second line, column 5
        assertEquals(new Location("a.md", 11, 5), deepest(">>>\n    [a](b)\n"));
        // ">>>" is 3; "    a" is only 4/2 = 2: the first line
        assertEquals(new Location("a.md", 10, 1), deepest(">>>\n    a\n"));
        // "  >" is 2/2 + 1 = 2 against "[" 1: column 3 of the first line
        assertEquals(new Location("a.md", 10, 3), deepest("  >\n[\n"));
    }

    @Test
    void marksAfterTheTextStillCountButSpacesAfterItDoNot() {
        // "a (((" is 3; "a      b" is 0: spaces count only at the start
        assertEquals(new Location("a.md", 11, 1), deepest("a      b\na (((\n"));
    }

    @Test
    void aBlankDeepestLineIsReportedAtColumnOne() {
        // "      " is 6/2 = 3, deeper than "(" 1; it has no mark, so column 1
        assertEquals(new Location("a.md", 11, 1), deepest("(\n      \n"));
    }
}
