package vn.vinguoingheo.portal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.content.Problem;

/** The bundled portal as readers get it: no editors' notes, and merged pages still reachable. */
class BundledPortalTest {

    @Test
    void noEditorNoteIsPublished() throws IOException {
        GateSites.Site site = GateSites.portal();
        List<String> notes = Portal.check(Path.of("").toAbsolutePath()).problems().stream()
                .filter(Problem::isNote).map(Problem::message).toList();
        assertFalse(notes.isEmpty(), "the bundled portal keeps its source caveats in editor_note");
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path file : files.filter(Files::isRegularFile).filter(BundledPortalTest::isText).toList()) {
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                String text = file.toString().endsWith(".html") ? Jsoup.parse(raw).text()
                        : raw.replace("\\\"", "\"").replace("&quot;", "\"");
                notes.stream().map(BundledPortalTest::opening).filter(text::contains)
                        .forEach(note -> leaks.add(site.relative(file) + ": " + note));
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theMergedCanThoPagesLeadToTheLivelihoodModel() throws IOException {
        Path out = GateSites.portal().out();
        for (String old : List.of("cay-an-trai-thoat-ngheo-can-tho", "chan-nuoi-gia-cam-thuy-san-can-tho",
                "dan-dat-tre-luc-binh-can-tho", "det-chieu-dan-luoi-can-tho", "du-lich-cong-dong-sinh-thai-can-tho")) {
            var page = Jsoup.parse(out.resolve("mo-hinh/" + old + "/index.html").toFile(), "UTF-8");
            assertEquals("0; url=/mo-hinh/mo-hinh-sinh-ke-giam-ngheo-can-tho/",
                    page.selectFirst("meta[http-equiv=refresh]").attr("content"), old);
        }
    }

    /** Enough of a note to recognise it. */
    private static String opening(String note) {
        return note.length() > 40 ? note.substring(0, 40) : note;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".csv")
                || name.endsWith(".txt") || name.endsWith(".yml");
    }
}
