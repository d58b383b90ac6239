package vn.vinguoingheo.portal.results;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A drawn chart's SVG read back as XML, for the geometry tests. Labels and points are written as
 * "text x,y" strings so that a failing list says at a glance which one moved.
 */
final class ChartSvg {

    private final Document doc;

    private ChartSvg(Document doc) {
        this.doc = doc;
    }

    static ChartSvg of(Chart chart) {
        return new ChartSvg(Jsoup.parse(chart.svg(), "", Parser.xmlParser()));
    }

    /** The value labels in the order they are drawn: "2,6% 207,56". */
    List<String> labels() {
        return doc.select("g.labels > text").stream().map(t -> t.text() + " " + t.attr("x") + "," + t.attr("y")).toList();
    }

    /** The texts of the value labels, in the order they are drawn. */
    List<String> labelTexts() {
        return doc.select("g.labels > text").stream().map(Element::text).toList();
    }

    /** The axis' value texts, lowest first: "0 13,196". */
    List<String> tickLabels() {
        return doc.select("svg > g[text-anchor=end] > text").stream()
                .map(t -> t.text() + " " + t.attr("x") + "," + t.attr("y")).toList();
    }

    /** The year texts under the axis: "2022 101,212". */
    List<String> yearLabels() {
        return doc.select("svg > g[text-anchor=middle]:not(.labels) > text").stream()
                .map(t -> t.text() + " " + t.attr("x") + "," + t.attr("y")).toList();
    }

    /** The {@code d} of the paths drawn directly in the picture (grid, zero line, grey context lines) with this stroke. */
    List<String> pathsStroked(String colour) {
        return doc.select("svg > path").stream().filter(p -> p.attr("stroke").equals(colour)).map(p -> p.attr("d")).toList();
    }

    /** The group of the series drawn in this colour: its lines, markers and target bars. */
    Element series(String colour) {
        List<Element> groups = doc.select("svg > g[stroke-width=2]").stream().filter(g -> g.attr("stroke").equals(colour)).toList();
        if (groups.size() != 1) {
            throw new AssertionError(groups.size() + " groups in " + colour);
        }
        return groups.get(0);
    }

    /** The coloured series' groups, in drawing order. */
    List<Element> seriesGroups() {
        return doc.select("svg > g[stroke-width=2]");
    }

    /** Circles as "cx,cy r" plus " hollow" when filled white. */
    static List<String> circles(Element parent) {
        return parent.select("> circle").stream()
                .map(c -> c.attr("cx") + "," + c.attr("cy") + " " + c.attr("r") + (c.attr("fill").equals("#fff") ? " hollow" : ""))
                .toList();
    }

    List<String> circles() {
        return circles(doc.selectFirst("svg"));
    }

    /** The {@code d} of a group's paths that have this attribute (e.g. "stroke-dasharray") or lack it when {@code with} is false. */
    static List<String> paths(Element group, String attribute, boolean with) {
        return group.select("> path").stream().filter(p -> p.hasAttr(attribute) == with).map(p -> p.attr("d")).toList();
    }

    String description() {
        return doc.selectFirst("desc").text();
    }

    /** Every text in the picture, joined. */
    String text() {
        return doc.selectFirst("svg").text();
    }
}
