package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.SiteContent;
import vn.vinguoingheo.portal.content.Target;

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
    void everyFigureAndTargetIsInTheOpenDataAndOnTheOverview() throws Exception {
        long targets = content.entries().stream().filter(e -> !e.draft()).map(Entry::details)
                .filter(DecisionDetails.class::isInstance).mapToLong(d -> ((DecisionDetails) d).targets().size()).sum();
        long rows = new ObjectMapper().readTree(out.resolve("du-lieu/ket-qua.json").toFile()).size();
        assertEquals(content.results().size() + targets, rows);

        Document results = TestSites.page(out, "ket-qua/");
        // Every indicator with a figure or target is a tile, a change told in the tile of its level.
        Stream<Indicator> used = Stream.concat(content.results().stream().map(ResultFigure::indicator),
                content.entries().stream().filter(e -> !e.draft()).map(Entry::details).filter(DecisionDetails.class::isInstance)
                        .flatMap(d -> ((DecisionDetails) d).targets().stream()).map(Target::indicator));
        List<String> levels = used.map(i -> i.isChange() ? i.changeOf() : i.code()).distinct().sorted().toList();
        assertEquals(levels, results.select("section.tile > h3").eachAttr("id").stream().sorted().toList());
        assertEquals(2, results.select("figure.chart > svg[role=img]").size(), "a line for the poverty rate and the near-poor rate, cards for the rest");
        assertTrue(results.select("table").size() == 1, "only the data dictionary: the tables are on each indicator's page");
    }

    @Test
    void legacyFiguresAndTargetsReadWellWhereReadersLookForThem() throws Exception {
        Document hcm = TestSites.page(out, "tinh/ho-chi-minh/");
        assertTrue(hcm.select("section.tile .legend").text().contains("Bà Rịa – Vũng Tàu, nay thuộc Hồ Chí Minh"));
        assertTrue(hcm.select("section.tile .figure-targets").text().contains("mục tiêu ≤ 1,45% năm 2023; thực tế 2022: 1,51%"));

        Document canLoc = TestSites.page(out, "tinh/ha-tinh/");
        assertTrue(canLoc.select("section.tile .legend").text().contains("Hà Tĩnh – huyện Can Lộc (cũ)"));
        assertTrue(canLoc.select("section.tile .tile-changes").text().contains("Hà Tĩnh – huyện Can Lộc (cũ): 3,01% năm 2022, giảm 0,43 điểm % so với cuối 2020"),
                "the change indicator's figure, said with its level");

        Document caMau = TestSites.page(out, "tinh/ca-mau/");
        assertTrue(caMau.select("section.tile figure.chart").isEmpty(), "only targets: cards, no chart");
        assertEquals(6, caMau.select("section.tile .figure-card").size());

        Document bacLieu = TestSites.page(out, "van-ban/ke-hoach-thi-dua-vi-nguoi-ngheo-bac-lieu/");
        assertFalse(bacLieu.select("table.target-table tbody tr").isEmpty());
        assertTrue(bacLieu.select("table.target-table").text().contains("≤ 1% năm 2025"));
    }
}
