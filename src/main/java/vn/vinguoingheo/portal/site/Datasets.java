package vn.vinguoingheo.portal.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vinguoingheo.portal.content.SiteConfig;

/**
 * The open data files described, as the open-data rules ask: title, description, format, size,
 * column dictionary, licence, citation, last update and next review; for readers on {@code /du-lieu/}
 * and for machines as a DCAT catalogue ({@code /du-lieu/danh-muc.json}).
 */
public final class Datasets {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A column of a data file and what it holds. */
    public record Column(String name, String description) {
    }

    /**
     * One data file.
     *
     * @param fileName the file's name, as the page lists it
     * @param bytes the file's size in bytes
     * @param modified the date of the newest information in it
     * @param nextReview when the publisher reviews it next: {@code modified} plus the review period
     */
    public record Dataset(String url, String fileName, String title, String description, String format, String mediaType,
                          long bytes, List<Column> columns, LocalDate modified, LocalDate nextReview) {

        /** Its section's id on the open data page: "ket-qua-csv". */
        public String anchor() {
            return fileName.replace('.', '-');
        }

        /** The size as readers read it: "12,3 KB". */
        public String size() {
            return DocumentLinks.size(bytes);
        }
    }

    /** The data files and their descriptions, made together. */
    record Published(List<DataFile> files, List<Dataset> datasets) {
    }

    /**
     * The open data page. Its descriptions need the files written, which at 10,000 models takes
     * longer than the rest of the site model: they are made when first asked for (by the page or
     * by the renderer), once. Two views are equal when made from equal inputs, so that the preview
     * finds the page unchanged without making the files.
     *
     * @param inputs what the files are made from (the public entries, the results, the settings)
     */
    public static final class DatasetsView {
        private final List<Object> inputs;
        private final java.util.function.Supplier<Published> published;
        private final SiteConfig.DataPolicy policy;
        private final String catalog;

        DatasetsView(List<Object> inputs, java.util.function.Supplier<Published> published, SiteConfig.DataPolicy policy,
                     String catalog) {
            this.inputs = inputs;
            this.published = published;
            this.policy = policy;
            this.catalog = catalog;
        }

        public List<Dataset> datasets() {
            return published.get().datasets();
        }

        public SiteConfig.DataPolicy policy() {
            return policy;
        }

        /** The link to the DCAT catalogue. */
        public String catalog() {
            return catalog;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DatasetsView other && inputs.equals(other.inputs) && catalog.equals(other.catalog);
        }

        @Override
        public int hashCode() {
            return inputs.hashCode();
        }
    }

    /** A value made on first use, once, whichever thread asks first. */
    static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    static final List<Column> RESULT_COLUMNS = List.of(
            new Column("area_code", "Mã địa bàn như khi công bố (vn là cả nước; đơn vị cũ giữ mã cũ)"),
            new Column("current_area_code", "Mã tỉnh, thành hiện nay (34 đơn vị từ 1/7/2025) mà địa bàn thuộc về"),
            new Column("area_name", "Tên địa bàn như khi công bố"),
            new Column("locality", "Địa bàn dưới cấp tỉnh (huyện, xã cũ), nếu có"),
            new Column("indicator", "Mã chỉ tiêu"),
            new Column("indicator_label", "Tên chỉ tiêu"),
            new Column("year", "Năm của số liệu (năm cuối, với số liệu cả giai đoạn)"),
            new Column("from_year", "Năm đầu, với số liệu cả một giai đoạn"),
            new Column("value", "Giá trị: số máy đọc được, dấu chấm thập phân"),
            new Column("unit", "Đơn vị: %, điểm %, hộ, xã…"),
            new Column("kind", "actual thực tế, estimate ước tính, target mục tiêu"),
            new Column("comparison", "Với mục tiêu: at_most, at_least, equal, change"),
            new Column("standard", "Chuẩn nghèo áp dụng, nếu nguồn nêu"),
            new Column("note", "Ghi chú của biên tập viên"),
            new Column("source_title", "Tên bài hoặc văn bản nguồn"),
            new Column("source_publisher", "Nơi công bố nguồn"),
            new Column("source_date", "Ngày của nguồn (YYYY-MM-DD)"),
            new Column("source_url", "Địa chỉ nguồn"));

    static final List<Column> MODEL_COLUMNS = List.of(
            new Column("slug", "Tên đường dẫn của mô hình"),
            new Column("title", "Tên mô hình"),
            new Column("url", "Trang của mô hình"),
            new Column("provinces", "Mã địa bàn như khi đăng"),
            new Column("current_provinces", "Mã tỉnh, thành hiện nay"),
            new Column("locality", "Xã, phường hoặc huyện cũ"),
            new Column("model_types", "Mã loại mô hình"),
            new Column("stage", "Bước của phong trào: phat-hien, boi-duong, tuyen-truyen, nhan-rong"),
            new Column("date", "Ngày đăng (YYYY-MM-DD)"),
            new Column("summary", "Tóm tắt"));

    private Datasets() {
    }

    /**
     * @param resultsUpdated the newest date among the results' sources
     * @param modelsUpdated the day a public model last changed
     */
    static List<Dataset> describe(List<DataFile> files, Urls urls, SiteConfig.DataPolicy policy, LocalDate resultsUpdated,
                                  LocalDate modelsUpdated) {
        List<Dataset> out = new ArrayList<>();
        for (DataFile file : files) {
            String url = file.url();
            String name = url.substring(url.lastIndexOf('/') + 1);
            if (url.equals(urls.resultsCsv())) {
                out.add(dataset(file, name, "Kết quả giảm nghèo (CSV)", "Mọi số liệu và mục tiêu giảm nghèo trên trang, mỗi dòng "
                        + "một số liệu, kèm nguồn. UTF-8 có BOM, dấu phẩy phân cách, mở được bằng Excel, LibreOffice.",
                        "CSV", "text/csv", RESULT_COLUMNS, resultsUpdated, policy));
            } else if (url.equals(urls.resultsJson())) {
                out.add(dataset(file, name, "Kết quả giảm nghèo (JSON)", "Cùng các dòng của ket-qua.csv, dạng JSON; ô trống là null.",
                        "JSON", "application/json", RESULT_COLUMNS, resultsUpdated, policy));
            } else if (url.equals(urls.modelsJson())) {
                out.add(dataset(file, name, "Mô hình, điển hình giảm nghèo", "Mọi mô hình đã đăng trên trang, dạng JSON.",
                        "JSON", "application/json", MODEL_COLUMNS, modelsUpdated, policy));
            }
        }
        return List.copyOf(out);
    }

    private static Dataset dataset(DataFile file, String name, String title, String description, String format, String type,
                                   List<Column> columns, LocalDate modified, SiteConfig.DataPolicy policy) {
        return new Dataset(file.url(), name, title, description, format, type, file.bytes().length, columns, modified,
                modified.plusMonths(policy.reviewMonths()));
    }

    /** The DCAT catalogue of the data files, as JSON-LD: the same facts as the page, for harvesters. */
    static byte[] catalog(List<Dataset> datasets, SiteConfig config, Urls urls) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#").put("dct", "http://purl.org/dc/terms/")
                .put("foaf", "http://xmlns.com/foaf/0.1/").put("csvw", "http://www.w3.org/ns/csvw#").put("xsd", "http://www.w3.org/2001/XMLSchema#");
        root.put("@id", urls.absolute(urls.dataCatalog()));
        root.put("@type", "dcat:Catalog");
        root.put("dct:title", "Dữ liệu mở – " + config.title());
        root.put("dct:language", "vi");
        root.set("dct:publisher", publisher(config));
        root.set("foaf:homepage", JSON.createObjectNode().put("@id", urls.absolute(urls.openData())));
        SiteConfig.DataPolicy policy = config.dataPolicy();
        ArrayNode list = root.putArray("dcat:dataset");
        for (Dataset d : datasets) {
            ObjectNode ds = list.addObject();
            ds.put("@id", urls.absolute(urls.openData()) + "#" + d.anchor());
            ds.put("@type", "dcat:Dataset");
            ds.put("dct:title", d.title());
            ds.put("dct:description", d.description());
            ds.set("dct:modified", typedDate(d.modified()));
            ds.put("dct:accrualPeriodicity", "P" + policy.reviewMonths() + "M");
            ds.set("dct:publisher", publisher(config));
            if (policy.licence() != null) {
                ds.set("dct:license", policy.licenceUrl() != null ? JSON.createObjectNode().put("@id", policy.licenceUrl())
                        : JSON.createObjectNode().put("dct:title", policy.licence()));
            }
            ds.put("dct:bibliographicCitation", policy.citation());
            // The column dictionary in the CSV on the Web vocabulary, which DCAT leaves to others.
            ArrayNode columns = ds.putObject("csvw:tableSchema").putArray("csvw:column");
            for (Column c : d.columns()) {
                columns.addObject().put("csvw:name", c.name()).put("dct:description", c.description());
            }
            ObjectNode dist = ds.putObject("dcat:distribution");
            dist.put("@type", "dcat:Distribution");
            dist.set("dcat:downloadURL", JSON.createObjectNode().put("@id", urls.absolute(d.url())));
            dist.put("dcat:mediaType", d.mediaType());
            dist.put("dct:format", d.format());
            dist.set("dcat:byteSize", JSON.createObjectNode().put("@value", String.valueOf(d.bytes())).put("@type", "xsd:decimal"));
        }
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the data catalogue", e);
        }
    }

    private static ObjectNode typedDate(LocalDate date) {
        return JSON.createObjectNode().put("@value", date.toString()).put("@type", "xsd:date");
    }

    private static ObjectNode publisher(SiteConfig config) {
        String name = config.publisher() != null ? config.publisher().agency() : config.title();
        return JSON.createObjectNode().put("@type", "foaf:Organization").put("foaf:name", name);
    }
}
