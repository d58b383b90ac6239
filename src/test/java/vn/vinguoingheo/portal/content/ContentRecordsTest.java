package vn.vinguoingheo.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the records tell pages about themselves: names, labels, where a file lives, the year a figure is for. */
class ContentRecordsTest {

    private static final Location AT = new Location("content/decisions/qd.md", 9, 7);

    @Test
    void aDocumentFileIsNamedByWhereItWasFoundOrElseAsWritten() {
        DocumentFile written = DocumentFile.written("van-ban/qd-666.pdf", AT);
        assertEquals("qd-666.pdf", written.fileName());
        assertFalse(written.inAssets());

        DocumentFile inAssets = new DocumentFile("/assets/van-ban/qd.pdf", "assets/van-ban/qd.pdf", 1234, AT);
        assertEquals("qd.pdf", inAssets.fileName());
        assertTrue(inAssets.inAssets());
        DocumentFile beside = new DocumentFile("qd.pdf", "content/decisions/qd.pdf", 1234, AT);
        assertFalse(beside.inAssets());
        assertEquals(List.of("PDF", "application/pdf"), List.of(beside.format(), beside.mediaType()));
        assertFalse(new DocumentFile("x.pdf", "content/assets/x.pdf", 1, AT).inAssets(), "assets/ only at the site's root");
    }

    @Test
    void imagesKnowWhetherTheyLiveInAssetsAndHaveNoSizeBeforeTheyAreLookedAt() {
        ImageRef written = ImageRef.written("anh.jpg", "Ảnh", null, null, AT);
        assertEquals(List.of(0, 0), List.of(written.width(), written.height()));
        assertFalse(written.inAssets());
        assertTrue(ImageRef.written("x", "y", null, null, AT).found("assets/images/a.jpg", null).inAssets());
        assertFalse(ImageRef.written("x", "y", null, null, AT).found("content/stories/assets/a.jpg", null).inAssets());
        assertEquals("a.jpg", ImageRef.written("x", "y", null, null, AT).found("content/stories/a.jpg", null).fileName());

        assertFalse(BodyImage.written("a.jpg", AT).inAssets());
        assertTrue(BodyImage.written("a.jpg", AT).found("assets/images/a.jpg", null).inAssets());
        assertFalse(BodyImage.written("a.jpg", AT).found("content/stories/a.jpg", null).inAssets());
    }

    @Test
    void documentStatusesHaveTheirCodeWordsAndForce() {
        assertEquals(List.of("con-hieu-luc Còn hiệu lực true", "bi-thay-the Đã bị thay thế false", "het-hieu-luc Hết hiệu lực false"),
                java.util.Arrays.stream(DocumentStatus.values()).map(s -> s.code() + " " + s.label() + " " + s.inForce()).toList());
        assertEquals(Optional.of(DocumentStatus.REPLACED), DocumentStatus.byWritten("Đã bị thay thế"));
        assertEquals(Optional.of(DocumentStatus.IN_FORCE), DocumentStatus.byWritten("con hieu luc"));
        assertEquals(Optional.empty(), DocumentStatus.byWritten("tạm dừng"));
    }

    @Test
    void kindsAreNamedByFolderOrSingularAndLabelledInVietnamese() {
        assertEquals(List.of("models model Mô hình", "decisions decision Văn bản", "stories story Tin tức"),
                java.util.Arrays.stream(Kind.values()).map(k -> k.folder() + " " + k.singular() + " " + k.label()).toList());
        assertEquals(Optional.of(Kind.STORY), Kind.byName("stories"));
        assertEquals(Optional.of(Kind.STORY), Kind.byName("story"));
        assertEquals(Optional.empty(), Kind.byName("Story"));
    }

    @Test
    void comparisonsAndFigureKindsHaveTheirCodesAndWords() {
        assertEquals(List.of("<= ≤", ">= ≥", "= =", "change thay đổi"),
                java.util.Arrays.stream(Target.Comparison.values()).map(c -> c.code() + " " + c.symbol()).toList());
        assertEquals(List.of("actual thực tế", "target mục tiêu", "estimate ước tính"),
                java.util.Arrays.stream(ResultFigure.FigureKind.values()).map(k -> k.code() + " " + k.label()).toList());
    }

    @Test
    void aFigureIsForItsYearOrTheLastYearOfItsPeriod() {
        Indicator rate = new Indicator("rate", "Tỷ lệ", "%", Indicator.Better.LOWER);
        ResultFigure ofYear = new ResultFigure(null, null, rate, 2023, null, BigDecimal.ONE, ResultFigure.FigureKind.ACTUAL,
                null, null, null, AT);
        ResultFigure ofPeriod = new ResultFigure(null, null, rate, null, new Period(2021, 2025), BigDecimal.ONE,
                ResultFigure.FigureKind.TARGET, null, null, null, AT);
        assertEquals(List.of(2023, 2025), List.of(ofYear.endYear(), ofPeriod.endYear()));
        assertEquals(List.of("2023", "2021–2025"), List.of(ofYear.when(), ofPeriod.when()));
    }

    @Test
    void problemsReadAsPathLineColumnAndSortByPlaceThenMessage() {
        List<Problem> problems = new ArrayList<>(List.of(
                new Problem(new Location("b.md", 1, 1), Problem.Severity.ERROR, "a"),
                new Problem(new Location("a.md", 2, 1), Problem.Severity.WARNING, "b"),
                new Problem(new Location("a.md", 10, 1), Problem.Severity.NOTE, "c"),
                new Problem(new Location("a.md", 2, 12), Problem.Severity.ERROR, "a"),
                new Problem(new Location("a.md", 2, 3), Problem.Severity.ERROR, "z"),
                new Problem(new Location("a.md", 2, 3), Problem.Severity.ERROR, "y")));
        problems.sort(null);
        assertEquals(List.of("a.md:2:1: cảnh báo: b", "a.md:2:3: y", "a.md:2:3: z", "a.md:2:12: a", "a.md:10:1: ghi chú biên tập: c",
                "b.md:1:1: a"), problems.stream().map(Problem::toString).toList());

        LoadResult result = new LoadResult(null, problems);
        assertEquals(List.of("a.md:2:1: cảnh báo: b"), result.warnings().stream().map(Problem::toString).toList());
        assertEquals(4, result.errors().size());
        assertTrue(result.hasErrors());
        assertFalse(new LoadResult(null, List.of(problems.get(0), problems.get(4))).hasErrors());
    }
}
