package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.SiteContent;

/** The results of the bundled portal (this repository's content/) stay complete (their weight: quality.PageWeightTest). */
class BundledResultsTest {

    @TempDir
    static Path tmp;
    static Path out;
    static SiteContent content;

    @BeforeAll
    static void build() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        content = Portal.check(root).content();
        out = tmp.resolve("public");
        assertTrue(Portal.build(root, out, null).built());
    }

    @Test
    void everyFigureAndTargetIsInTheOpenDataAndOnAChart() throws Exception {
        long targets = content.entries().stream().filter(e -> !e.draft()).map(Entry::details)
                .filter(DecisionDetails.class::isInstance).mapToLong(d -> ((DecisionDetails) d).targets().size()).sum();
        long rows = new ObjectMapper().readTree(out.resolve("du-lieu/ket-qua.json").toFile()).size();
        assertEquals(content.results().size() + targets, rows);

        Document results = TestSites.page(out, "ket-qua/");
        long indicators = content.results().stream().map(f -> f.indicator().code()).distinct().count();
        assertTrue(results.select("section.indicator svg[role=img]").size() >= indicators);
        assertTrue(results.select("table").size() == 1, "only the data dictionary: the tables are on each indicator's page");
    }

    @Test
    void legacyFiguresAndTargetsReadWellWhereReadersLookForThem() throws Exception {
        Document hcm = TestSites.page(out, "tinh/ho-chi-minh/");
        assertTrue(hcm.select("section.indicator .legend").text().contains("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh"));
        assertTrue(hcm.select("section.indicator .targets").text().contains("mục tiêu ≤ 1,45% năm 2023; thực tế 2022: 1,51%"));

        Document canLoc = TestSites.page(out, "tinh/ha-tinh/");
        assertTrue(canLoc.select("section.indicator .legend").text().contains("Hà Tĩnh – huyện Can Lộc (cũ)"));

        Document bacLieu = TestSites.page(out, "van-ban/ke-hoach-thi-dua-vi-nguoi-ngheo-bac-lieu/");
        assertFalse(bacLieu.select("table.target-table tbody tr").isEmpty());
        assertTrue(bacLieu.select("table.target-table").text().contains("≤ 1% năm 2025"));
    }
}
