package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;

/** {@code editor_note}: shown by check at its file and line, published nowhere. */
class EditorNoteTest {

    /** A word no page, feed, index or data file would hold unless a note leaked into it. */
    private static final String MARK = "Zqxnoibo";

    @TempDir
    Path dir;

    @Test
    void checkShowsEveryNoteAndTheBuildPublishesNone() throws Exception {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site, "content/models/co-ghi-chu.md", """
                ---
                title: Mô hình có ghi chú nội bộ
                province: can-tho
                model_type: sinh-ke
                date: 2023-04-06
                summary: Tóm tắt cho người đọc.
                note: Ghi chú cho người đọc.
                editor_note: "%s: nguồn chỉ nêu tên mô hình trong một danh sách."
                ---
                Nội dung.
                """.formatted(MARK));
        TestSites.write(site, "content/stories/tin-co-ghi-chu.md", """
                ---
                title: Tin có ghi chú nội bộ
                date: 2023-04-06
                summary: Tóm tắt tin.
                editor_note: "%s: bài gốc chỉ ghi tháng đăng."
                ---
                Nội dung tin.
                """.formatted(MARK));
        TestSites.write(site, "content/results/ghi-chu.yaml", """
                - area: ha-tinh
                  locality: Can Lộc (cũ)
                  indicator: poor-household-rate
                  year: 2022
                  value: 3.01
                  source: {title: Bài mẫu}
                  note: Cuối năm 2022.
                  editor_note: "%s: nguồn ghi giảm 0,43%%, hiểu là điểm phần trăm."
                """.formatted(MARK));

        LoadResult checked = Portal.check(site);
        assertEquals(List.of(
                        "content/models/co-ghi-chu.md:8:14: ghi chú biên tập: " + MARK + ": nguồn chỉ nêu tên mô hình trong một danh sách.",
                        "content/results/ghi-chu.yaml:8:16: ghi chú biên tập: " + MARK + ": nguồn ghi giảm 0,43%, hiểu là điểm phần trăm.",
                        "content/stories/tin-co-ghi-chu.md:5:14: ghi chú biên tập: " + MARK + ": bài gốc chỉ ghi tháng đăng."),
                checked.problems().stream().filter(Problem::isNote).map(Problem::toString).toList());
        assertEquals(List.of(), checked.errors());
        assertEquals(List.of(), checked.warnings().stream().filter(p -> p.message().contains("editor_note")).toList(),
                "a known field, not an unknown-field warning");

        Path out = dir.resolve("public");
        assertTrue(Portal.build(site, out, null).built());
        assertTrue(Files.isRegularFile(out.resolve("mo-hinh/co-ghi-chu/index.html")));
        assertTrue(Files.readString(out.resolve("mo-hinh/co-ghi-chu/index.html")).contains("Ghi chú cho người đọc."),
                "the public note is published");
        try (Stream<Path> files = Files.walk(out)) {
            List<String> leaks = files.filter(Files::isRegularFile).filter(EditorNoteTest::mentionsMark)
                    .map(p -> out.relativize(p).toString()).toList();
            assertEquals(List.of(), leaks, "editor_note published in");
        }
    }

    private static boolean mentionsMark(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toLowerCase().contains(MARK.toLowerCase());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
