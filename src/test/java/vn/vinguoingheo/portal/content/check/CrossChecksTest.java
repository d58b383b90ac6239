package vn.vinguoingheo.portal.content.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.read.ContentLoader;

/** The rules that span files: references between entries, and figures that contradict each other. */
class CrossChecksTest {

    @TempDir
    Path tmp;

    private static String model(String extra) {
        return "---\ntitle: Mô hình\nprovince: can-tho\nmodel_type: sinh-ke\ndate: 2023-04-06\nsummary: Tóm tắt.\n"
                + "sources: [{title: Báo}]\nreplication: {conditions: Có}\n" + extra + "---\n";
    }

    private static String story(String extra) {
        return "---\ntitle: Tin\ndate: 2023-05-01\nsummary: Tóm tắt.\nsources: [{title: Báo}]\n" + extra + "---\n";
    }

    private List<String> problems(String... files) {
        Path site = TestSites.minimal(tmp);
        for (int i = 0; i < files.length; i += 2) {
            TestSites.write(site, files[i], files[i + 1]);
        }
        return ContentLoader.load(site).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aLinkToADraftIsAWarningUnlessTheLinkIsInADraftToo() {
        assertEquals(List.of("content/stories/tin.md:6:10: cảnh báo: models/nhap đang là bản nháp; liên kết sẽ không hiện"),
                problems("content/models/nhap.md", model("draft: true\n"), "content/stories/tin.md", story("models: [nhap]\n")));
    }

    @Test
    void aDraftMayLinkToADraft() {
        assertEquals(List.of(), problems("content/models/nhap.md", model("draft: true\n"),
                "content/stories/tin.md", story("models: [nhap]\ndraft: true\n")));
    }

    @Test
    void aMissingEntryIsSuggestedOnlyFromEntriesOfTheKindAskedFor() {
        // a story named "dan-tham" exists, but the link asks for a model: no suggestion
        assertEquals(List.of("content/stories/tin.md:6:10: không có bài models/dan-thamm"),
                problems("content/stories/dan-tham.md", story(""), "content/stories/tin.md", story("models: [dan-thamm]\n")));
    }

    @Test
    void aDecisionReplacedByAnotherMustNameOneThatExists() {
        String decision = "---\ntitle: Quyết định\nnumber: 1/QĐ\nissued: 2022-06-02\nissuer: UBND\nsummary: Tóm tắt.\n"
                + "sources: [{title: Cổng}]\nstatus: bị thay thế\nreplaced_by: decisions/qd-moi\n---\n";
        assertEquals(List.of("content/decisions/qd-cu.md:9:14: không có bài decisions/qd-moi"),
                problems("content/decisions/qd-cu.md", decision));
        // the same site with the newer decision added: the reference now resolves
        assertEquals(List.of(), problems("content/decisions/qd-moi.md", decision.replace("status: bị thay thế\nreplaced_by: decisions/qd-moi\n", "")));
    }

    private static final String RESULTS = "content/results/a.yaml";

    @Test
    void theSameFigureGivenTwiceWithTheSameValueIsNoConflict() {
        assertEquals(List.of(), problems(RESULTS, """
                - {area: can-tho, indicator: poor-household-rate, year: 2023, value: 2.5, source: {title: A}}
                - {area: can-tho, indicator: poor-household-rate, year: 2023, value: 2.50, source: {title: B}}
                - {area: can-tho, locality: Phong Điền, indicator: poor-household-rate, year: 2023, value: 4, source: {title: C}}
                - {area: can-tho, indicator: poor-household-rate, year: 2023, value: 1, kind: target}
                """));
    }

    @Test
    void theSameFigureWithAnotherValueIsAConflictNamingBothPlaces() {
        assertEquals(List.of("content/results/a.yaml:3:3: số liệu mâu thuẫn: poor-household-rate của can-tho (Phong Điền) năm 2023 "
                + "là 3 ở đây nhưng 4 ở content/results/a.yaml:2:3"), problems(RESULTS, """
                - {area: can-tho, indicator: poor-household-rate, year: 2023, value: 2.5, source: {title: A}}
                - {area: can-tho, locality: Phong Điền, indicator: poor-household-rate, year: 2023, value: 4, source: {title: C}}
                - {area: can-tho, locality: Phong Điền, indicator: poor-household-rate, year: 2023, value: 3, source: {title: D}}
                """));
    }
}
