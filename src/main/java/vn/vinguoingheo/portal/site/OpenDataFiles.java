package vn.vinguoingheo.portal.site;

import java.util.List;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ModelDetails;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.results.OpenData;

/** The open data files: results as CSV and JSON, and every public model as JSON. */
final class OpenDataFiles {

    private OpenDataFiles() {
    }

    /**
     * One public model in {@code mo-hinh.json}.
     *
     * @param provinces the area codes as written (legacy units kept)
     * @param currentProvinces the current units they belong to, each once
     * @param stage the step of the four it has reached, or null
     * @param date the publication date, YYYY-MM-DD
     */
    record ModelRecord(String slug, String title, String url, List<String> provinces, List<String> currentProvinces,
                       String locality, List<String> modelTypes, String stage, String date, String summary) {
    }

    static List<DataFile> of(ResultsModel results, List<Entry> models, Urls urls) {
        List<OpenData.FigureRecord> figures = results.openData();
        return List.of(
                new DataFile(urls.resultsCsv(), OpenData.csv(figures)),
                new DataFile(urls.resultsJson(), OpenData.json(figures)),
                new DataFile(urls.modelsJson(), OpenData.json(models.stream().map(m -> model(m, urls)).toList())));
    }

    /** The newest date among the results' sources, or null when none has one. */
    static java.time.LocalDate resultsUpdated(ResultsModel results) {
        return results.openData().stream().map(OpenData.FigureRecord::sourceDate).filter(d -> d != null)
                .map(OpenDataFiles::sourceDay).max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** A source's date; a source that gives only its month ({@code 2023-10}) counts from its first day, claiming no later date than it shows. */
    private static java.time.LocalDate sourceDay(String date) {
        return date.length() == 7 ? java.time.YearMonth.parse(date).atDay(1) : java.time.LocalDate.parse(date);
    }

    private static ModelRecord model(Entry entry, Urls urls) {
        ModelDetails details = (ModelDetails) entry.details();
        return new ModelRecord(entry.slug(), entry.title(), urls.absolute(urls.entry(entry)),
                entry.areas().stream().map(Area::code).toList(),
                entry.areas().stream().map(Area::currentCode).distinct().toList(),
                details.locality(), details.modelTypes().stream().map(ModelType::code).toList(),
                details.stage() == null ? null : details.stage().code(), entry.date().toString(), entry.summary());
    }
}
