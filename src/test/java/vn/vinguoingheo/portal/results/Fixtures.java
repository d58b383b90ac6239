package vn.vinguoingheo.portal.results;

import java.math.BigDecimal;
import java.util.List;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.ResultFigure.FigureKind;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.content.Target;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.AreaRegistry;

/** Small figures and series for the results tests. */
final class Fixtures {

    static final Indicator RATE = new Indicator("poor-household-rate", "Tỷ lệ hộ nghèo", "%", Indicator.Better.LOWER);
    static final Indicator RATE_CHANGE = new Indicator("poor-household-rate-change", "Mức thay đổi tỷ lệ hộ nghèo", "điểm %",
            Indicator.Better.LOWER);
    static final Indicator ESCAPED = new Indicator("households-escaped-poverty", "Số hộ thoát nghèo", "hộ", Indicator.Better.HIGHER);
    static final SourceRef ARTICLE = new SourceRef("Bài báo", "Báo Mẫu", null, "https://example.org/bai");

    private Fixtures() {
    }

    static Area area(String code) {
        return AreaRegistry.builtIn().byCode(code).orElseThrow();
    }

    static ResultFigure figure(Indicator indicator, String area, int year, String value, FigureKind kind, String standard) {
        return new ResultFigure(area(area), null, indicator, year, null, new BigDecimal(value), kind, standard, ARTICLE, null, null);
    }

    static ResultFigure actual(Indicator indicator, String area, int year, String value) {
        return figure(indicator, area, year, value, FigureKind.ACTUAL, null);
    }

    static Target target(Indicator indicator, String area, int year, String value, Target.Comparison comparison) {
        return new Target(indicator, area(area), year, new BigDecimal(value), comparison);
    }

    /** One series of {@code indicator} for an area, from {@code (year, value, kind)} points. */
    static Series series(Indicator indicator, String area, Object... yearValueKind) {
        SeriesBuilder builder = new SeriesBuilder(indicator);
        for (int i = 0; i < yearValueKind.length; i += 3) {
            builder.add(figure(indicator, area, (Integer) yearValueKind[i], (String) yearValueKind[i + 1],
                    (FigureKind) yearValueKind[i + 2], null));
        }
        List<Series> built = builder.build(key -> key.area().name());
        return built.get(0);
    }
}
