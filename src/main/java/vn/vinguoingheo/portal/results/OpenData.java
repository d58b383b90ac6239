package vn.vinguoingheo.portal.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.SourceRef;
import vn.vinguoingheo.portal.registry.Area;

/**
 * Results as open data: one row per figure or target, written as CSV (UTF-8 with a byte order
 * mark so that spreadsheet software reads the diacritics, a header row, RFC 4180 quoting, CRLF)
 * and as JSON (an array of objects with the same fields). Values are plain machine numbers
 * ({@code 2.93}, {@code -1.2}); the same rows always give the same bytes.
 */
public final class OpenData {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectWriter JSON = jsonWriter();
    private static final CsvMapper CSV = CsvMapper.builder()
            // Columns in the record's order, as in the JSON (CsvMapper sorts them by name by default).
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private OpenData() {
    }

    /**
     * One figure or target. Field names are the CSV header and the JSON keys, in snake_case.
     *
     * @param year the year, or the last year of a period
     * @param fromYear the first year of a period, else null
     * @param comparison for a target: at_most, at_least, equal or change (words, not symbols: a cell
     *        starting with "=" would be a formula in a spreadsheet)
     */
    public record FigureRecord(String areaCode, String currentAreaCode, String areaName, String locality,
                               String indicator, String indicatorLabel, int year, Integer fromYear, BigDecimal value,
                               String unit, String kind, String comparison, String standard, String note,
                               String sourceTitle, String sourcePublisher, String sourceDate, String sourceUrl) {
    }

    /** The rows of one indicator's series, in their order; {@code absolute} turns a site link into a full URL. */
    public static List<FigureRecord> records(Indicator indicator, List<Series> series, UnaryOperator<String> absolute) {
        List<FigureRecord> rows = new ArrayList<>();
        for (Series s : series) {
            Area area = s.key().area();
            for (Point p : s.points()) {
                Optional<SourceRef> source = Optional.ofNullable(p.source());
                rows.add(new FigureRecord(area.code(), area.currentCode(), area.name(), s.key().locality(),
                        indicator.code(), indicator.label(), p.year(), p.fromYear(), p.value(), indicator.unit(),
                        p.kind().code(), p.comparison() == null ? null : p.comparison().name().toLowerCase(Locale.ROOT),
                        s.key().standard(), p.note(), source.map(SourceRef::title).orElse(null),
                        source.map(SourceRef::publisher).orElse(null),
                        source.map(SourceRef::dateText).orElse(null),
                        source.map(SourceRef::url).map(absolute).orElse(null)));
            }
        }
        return rows;
    }

    public static byte[] csv(List<FigureRecord> rows) {
        CsvSchema schema = CSV.schemaFor(FigureRecord.class).withHeader().withLineSeparator("\r\n");
        try {
            byte[] body = CSV.writer(schema).writeValueAsBytes(rows);
            byte[] out = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(body, 0, out, BOM.length, body.length);
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    /** Any list of records as a JSON array, indented, every field present (null when empty), ending in a newline. */
    public static byte[] json(List<?> rows) {
        try {
            return (JSON.writeValueAsString(rows) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectWriter jsonWriter() {
        ObjectMapper mapper = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // The same line ends on every machine.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer);
    }
}
