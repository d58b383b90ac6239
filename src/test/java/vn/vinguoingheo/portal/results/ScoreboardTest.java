package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.content.Target.Comparison;

class ScoreboardTest {

    private static TargetCheck check(String target, int year, Object... figures) {
        SeriesBuilder builder = new SeriesBuilder(RATE);
        for (int i = 0; i < figures.length; i += 2) {
            builder.add(Fixtures.actual(RATE, "ha-tinh", (Integer) figures[i], (String) figures[i + 1]));
        }
        builder.add(Fixtures.target(RATE, "ha-tinh", year, target, Comparison.AT_MOST), Fixtures.ARTICLE);
        Series series = builder.build(k -> "Hà Tĩnh").get(0);
        return TargetCheck.of(RATE, series, series.targets().get(0));
    }

    @Test
    void countsEachTargetUnderOneOutcomeInOrder() {
        TargetCheck met = check("2", 2025, 2022, "1.5");
        TargetCheck improving = check("1", 2025, 2020, "3", 2022, "2");
        TargetCheck behind = check("1", 2025, 2020, "2", 2022, "3");
        TargetCheck missed = check("1", 2022, 2022, "2");
        TargetCheck noData = check("1", 2025);
        Scoreboard board = Scoreboard.of(List.of(noData, missed, met, behind, improving));
        assertEquals(List.of(1, 1, 2, 1), board.tallies().stream().map(Scoreboard.Tally::count).toList());
        assertEquals(List.of(missed, behind), board.tallies().get(2).targets(), "not met: passed and still open, in the order given");
        assertEquals(5, board.total());
        assertEquals(List.of(0, 0, 0, 0), Scoreboard.of(List.of()).tallies().stream().map(Scoreboard.Tally::count).toList());
    }

    @Test
    void eachOutcomeHasItsOwnIdAndIsExplainedInWords() {
        List<String> ids = Arrays.stream(Scoreboard.Outcome.values()).map(Scoreboard.Outcome::id).toList();
        assertEquals(Scoreboard.Outcome.values().length, Set.copyOf(ids).size(), "distinct: " + ids);
        for (Scoreboard.Outcome outcome : Scoreboard.Outcome.values()) {
            assertTrue(outcome.id().matches("[a-z]+(-[a-z]+)*"), "an anchor: " + outcome.id());
            assertTrue(outcome.label().matches("\\p{Lu}.*\\p{L}"), "a word or more: " + outcome.label());
            assertTrue(outcome.description().length() > outcome.label().length() && outcome.description().endsWith("."),
                    "a sentence: " + outcome.description());
        }
    }
}
