package vn.vinguoingheo.portal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ACTUAL;
import static vn.vinguoingheo.portal.content.ResultFigure.FigureKind.ESTIMATE;
import static vn.vinguoingheo.portal.results.Fixtures.RATE;
import static vn.vinguoingheo.portal.results.Fixtures.RATE_CHANGE;
import static vn.vinguoingheo.portal.results.Fixtures.series;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.vinguoingheo.portal.content.Target;

/** The chart's geometry and text, read back from the SVG it writes. */
class LineChartTest {

    @Test
    void aSinglePointSitsInTheMiddleOnAnAxisFromZero() throws Exception {
        Document svg = parse(LineChart.draw("c", "Biểu đồ", "%", List.of(series(RATE, "vn", 2023, "2.93", ESTIMATE))).svg());
        assertEquals(List.of("0", "1", "2", "3"), texts(svg, "g[@text-anchor='end']"));
        assertEquals(List.of("2023"), yearLabels(svg));
        Element point = single(svg, "circle");
        double plotMiddle = (zeroLineStart(svg) + LineChart.RIGHT) / 2.0;
        assertEquals(plotMiddle, num(point, "cx"), 1.0, "alone, the year sits in the middle");
        assertEquals("#fff", point.getAttribute("fill"), "an estimate is hollow");
        assertTrue(lines(svg).isEmpty(), "no line through a single point");
        assertEquals(List.of("≈ 2,93%"), texts(svg, "g[@class='labels']"));
    }

    @Test
    void yearsAreALinearScaleSoAMissingYearLeavesAGap() throws Exception {
        Document svg = parse(LineChart.draw("c", "t", "%", List.of(series(RATE, "ha-tinh",
                2020, "3.44", ACTUAL, 2022, "3.01", ACTUAL, 2023, "2.8", ACTUAL))).svg());
        assertEquals(List.of("2020", "2021", "2022", "2023"), yearLabels(svg));
        List<Element> points = elements(svg, "//circle");
        double first = num(points.get(0), "cx");
        double second = num(points.get(1), "cx");
        double third = num(points.get(2), "cx");
        assertEquals(2 * (third - second), second - first, 1.0, "two years apart is twice as far as one");
        assertEquals(1, lines(svg).size());
        assertTrue(num(points.get(0), "cy") < num(points.get(2), "cy"), "a higher value is drawn higher up");
    }

    @Test
    void manyYearsThinTheAxisAndLabelOnlyTheLatestValue() throws Exception {
        List<Object> points = new ArrayList<>();
        for (int year = 2010; year <= 2025; year++) {
            points.addAll(List.of(year, String.valueOf(10 - (year - 2010) * 0.5), ACTUAL));
        }
        Document svg = parse(LineChart.draw("c", "t", "%", List.of(series(RATE, "vn", points.toArray()))).svg());
        assertEquals(List.of("2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024"), yearLabels(svg));
        assertEquals(16, elements(svg, "//circle").size());
        assertEquals(List.of("2,5%"), texts(svg, "g[@class='labels']"));
        assertEquals(16, lines(svg).get(0).getAttribute("d").split("[ML]").length - 1, "one line through every point");
    }

    @Test
    void negativeChangesHangBelowAZeroLineAtTheTop() throws Exception {
        Document svg = parse(LineChart.draw("c", "t", "điểm %", List.of(series(RATE_CHANGE, "vn",
                2022, "-1.2", ACTUAL, 2023, "-1.1", ESTIMATE))).svg());
        assertEquals(List.of("−1,5", "−1", "−0,5", "0"), texts(svg, "g[@text-anchor='end']"));
        double zero = Double.parseDouble(zeroLine(svg).getAttribute("d").replaceAll("^M[\\d.]+ ([\\d.]+)H.*$", "$1"));
        assertEquals(LineChart.TOP, zero, 0.5);
        assertTrue(svg.getDocumentElement().getTextContent().contains("Đơn vị: điểm %"));
    }

    @Test
    void aTargetIsAHollowMarkerOnABarJoinedToTheLatestValueByADashedLine() throws Exception {
        SeriesBuilder builder = new SeriesBuilder(RATE)
                .add(Fixtures.actual(RATE, "bac-lieu", 2020, "2.5"))
                .add(Fixtures.actual(RATE, "bac-lieu", 2022, "1.8"))
                .add(Fixtures.target(RATE, "bac-lieu", 2025, "1", Target.Comparison.AT_MOST), Fixtures.ARTICLE);
        Document svg = parse(LineChart.draw("c", "t", "%", builder.build(k -> "Bạc Liêu")).svg());
        List<Element> dashed = elements(svg, "//path[@stroke-dasharray]");
        assertEquals(1, dashed.size());
        assertEquals(2, dashed.get(0).getAttribute("d").split("L").length, "from the 2022 value to the 2025 target");
        List<Element> circles = elements(svg, "//circle");
        assertEquals("#fff", circles.get(circles.size() - 1).getAttribute("fill"));
        assertTrue(texts(svg, "g[@class='labels']").contains("MT ≤ 1%"));
    }

    @Test
    void theImageHasANameAndADescriptionInVietnamese() throws Exception {
        Chart chart = LineChart.draw("bd-rate", "Biểu đồ: Tỷ lệ hộ nghèo", "%", List.of(
                series(RATE, "vn", 2023, "2.93", ESTIMATE), series(RATE, "can-tho", 2022, "0.52", ACTUAL)));
        Element root = parse(chart.svg()).getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("bd-rate-t bd-rate-d", root.getAttribute("aria-labelledby"));
        assertEquals("Biểu đồ: Tỷ lệ hộ nghèo", single(root.getOwnerDocument(), "title[@id='bd-rate-t']").getTextContent());
        String desc = single(root.getOwnerDocument(), "desc[@id='bd-rate-d']").getTextContent();
        assertTrue(desc.contains("Cả nước: 2,93% năm 2023 (ước tính)."), desc);
        assertTrue(desc.contains("Cần Thơ: 0,52% năm 2022."), desc);
        assertEquals(List.of("Cả nước", "Cần Thơ"), chart.series().stream().map(Chart.LegendEntry::label).toList());
        assertTrue(chart.key().contains("ước tính") && chart.key().contains("thực tế") && !chart.key().contains("mục tiêu"));
    }

    @Test
    void seriesDifferByShapeAndTheirColoursStandOutFromWhite() throws Exception {
        List<Series> five = new ArrayList<>();
        for (String area : List.of("vn", "ha-noi", "hue", "can-tho", "ha-tinh")) {
            five.add(series(RATE, area, 2022, "2", ACTUAL));
        }
        Document svg = parse(LineChart.draw("c", "t", "%", five).svg());
        List<Element> groups = elements(svg, "//g[@stroke-width='2']");
        assertEquals(5, groups.size());
        Set<String> shapes = new HashSet<>();
        for (Element g : groups) {
            Element marker = (Element) g.getElementsByTagName("*").item(0);
            shapes.add(marker.getTagName() + marker.getAttribute("d").replaceAll("[\\d.]+", ""));
            assertTrue(contrastOnWhite(g.getAttribute("stroke")) >= 4.5, g.getAttribute("stroke"));
        }
        assertEquals(5, shapes.size(), "five series, five shapes: colour is not the only difference");
    }

    @Test
    void labelsNeverTouchOneAnother() throws Exception {
        List<Series> crowded = new ArrayList<>();
        String[][] values = {{"0.5", "0.52"}, {"0.55", "0.6"}, {"0", "0"}, {"0.45", "0.5"}};
        String[] areas = {"vn", "can-tho", "ha-tinh", "hue"};
        for (int i = 0; i < areas.length; i++) {
            crowded.add(series(RATE, areas[i], 2022, values[i][0], ACTUAL, 2023, values[i][1], ACTUAL));
        }
        List<Element> labels = elements(parse(LineChart.draw("c", "t", "%", crowded).svg()), "//g[@class='labels']/text");
        assertEquals(8, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(overlap(labels.get(i), labels.get(j)), labels.get(i).getTextContent() + " / " + labels.get(j).getTextContent());
            }
        }
    }

    @Test
    void moreSeriesThanColoursShowTheCountryAndTheRestAsGreyLines() throws Exception {
        List<Series> all = new ArrayList<>();
        all.add(series(RATE, "vn", 2022, "4.2", ACTUAL, 2023, "3.9", ACTUAL));
        String[] areas = {"ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau", "dien-bien", "son-la"};
        for (int i = 0; i < areas.length; i++) {
            all.add(series(RATE, areas[i], 2022, String.valueOf(2 + i), ACTUAL, 2023, String.valueOf(1.5 + i), ACTUAL));
        }
        Chart chart = LineChart.draw("c", "t", "%", all);
        Document svg = parse(chart.svg());
        List<Element> grey = elements(svg, "//path[@stroke='#8a95a1']");
        assertEquals(7, grey.size(), "one grey line for each of the others");
        assertTrue(contrastOnWhite(grey.get(0).getAttribute("stroke")) >= 3, "graphics need 3:1 against white");
        assertEquals(List.of("4,2%", "3,9%"), texts(svg, "g[@class='labels']"), "only the country's values are labelled");
        assertEquals(2, elements(svg, "//g[@stroke='#a4161a']/circle").size(), "only the country's points are marked");
        assertEquals(List.of("Cả nước", "Màu xám: 7 dãy số khác, số liệu ở bảng"),
                chart.series().stream().map(Chart.LegendEntry::label).toList());
        assertTrue(elements(svg, "//desc").get(0).getTextContent().contains("Sơn La"), "the description still names every series");
    }

    @Test
    void withoutTheCountryNoneOfManySeriesIsPickedToStandOut() throws Exception {
        List<Series> all = new ArrayList<>();
        String[] areas = {"ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau", "dien-bien", "son-la"};
        for (int i = 0; i < areas.length; i++) {
            all.add(series(RATE, areas[i], 2022, String.valueOf(2 + i), ACTUAL, 2023, String.valueOf(1.5 + i), ACTUAL));
        }
        Chart chart = LineChart.draw("c", "t", "%", all);
        Document svg = parse(chart.svg());
        assertEquals(7, elements(svg, "//path[@stroke='#8a95a1']").size());
        assertEquals(List.of(), texts(svg, "g[@class='labels']"));
        assertEquals(List.of("Màu xám: 7 dãy số, số liệu ở bảng"), chart.series().stream().map(Chart.LegendEntry::label).toList());
        assertFalse(chart.key().isBlank() || chart.key().equals("."), chart.key());
    }

    @Test
    void labelsWithNoRoomAreLeftOutRatherThanDrawnOutsideTheChart() throws Exception {
        List<Series> crowded = new ArrayList<>();
        String[] areas = {"vn", "ha-noi", "hue", "can-tho", "ha-tinh", "lai-chau"};
        for (int i = 0; i < areas.length; i++) {
            crowded.add(series(RATE, areas[i], 2023, "3." + i, ACTUAL, 2024, "3." + (i + 1), ACTUAL));
        }
        List<Element> labels = elements(parse(LineChart.draw("c", "t", "%", crowded).svg()), "//g[@class='labels']/text");
        assertTrue(labels.size() < 12, "twelve labels cannot all fit: " + labels.size());
        for (Element label : labels) {
            double[] box = box(label);
            assertTrue(box[2] >= 0 && box[3] <= LineChart.HEIGHT - 20, label.getTextContent() + " at y " + num(label, "y"));
        }
    }

    @Test
    void textIsEscapedAndOutputIsTheSameOnEveryMachine() throws Exception {
        SeriesBuilder builder = new SeriesBuilder(RATE).add(Fixtures.actual(RATE, "vn", 2022, "1.5"));
        List<Series> series = builder.build(k -> "<script>alert(1)</script> & \"x\"");
        String svg = LineChart.draw("c", "Tiêu đề <b>", "%", series).svg();
        assertFalse(svg.contains("<script>") || svg.contains("<b>"));
        assertTrue(parse(svg).getDocumentElement().getTextContent().contains("<script>alert(1)</script> & \"x\""));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(svg, LineChart.draw("c", "Tiêu đề <b>", "%", series).svg());
        } finally {
            Locale.setDefault(before);
        }
        assertFalse(svg.matches("(?s).*\\d,\\d+\" .*"), "coordinates never use a decimal comma");
    }

    /** Whether two labels' boxes, as the chart estimates them, come closer than 2 units. */
    private static boolean overlap(Element a, Element b) {
        double[] boxA = box(a);
        double[] boxB = box(b);
        double gap = 2 * LineChart.LABEL_MARGIN;
        return boxA[0] < boxB[1] + gap && boxB[0] < boxA[1] + gap && boxA[2] < boxB[3] + gap && boxB[2] < boxA[3] + gap;
    }

    /** A label's box as drawn: centred on x, 12 units tall above a little below its baseline. */
    private static double[] box(Element label) {
        double half = label.getTextContent().length() * LineChart.LABEL_CHAR_WIDTH / 2;
        double x = num(label, "x");
        double y = num(label, "y");
        return new double[] {x - half, x + half, y - 10, y + 2};
    }

    /** WCAG contrast ratio of a #rrggbb colour against white. */
    private static double contrastOnWhite(String hex) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) javax.xml.xpath.XPathFactory.newInstance().newXPath()
                .evaluate(xpath, doc, javax.xml.xpath.XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element single(Document doc, String path) throws Exception {
        List<Element> found = elements(doc, "//" + path);
        assertEquals(1, found.size(), path);
        return found.get(0);
    }

    private static List<String> texts(Document doc, String group) throws Exception {
        return elements(doc, "//" + group + "/text").stream().map(Element::getTextContent).toList();
    }

    private static List<String> yearLabels(Document doc) throws Exception {
        return texts(doc, "g[@text-anchor='middle' and not(@class)]");
    }

    private static List<Element> lines(Document doc) throws Exception {
        return elements(doc, "//path[@fill='none' and not(@stroke-dasharray)]");
    }

    private static Element zeroLine(Document doc) throws Exception {
        return single(doc, "svg/path[@stroke='#4f5b66']");
    }

    private static double zeroLineStart(Document doc) throws Exception {
        return Double.parseDouble(zeroLine(doc).getAttribute("d").replaceAll("^M([\\d.]+) .*$", "$1"));
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
