package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;

/**
 * Every example of the editors' guide (docs/huong-dan-bien-tap.md), written into one site as the
 * file its marker names, passes the real check without an error or a warning: the guide cannot
 * drift from the contract, and an example that vanishes changes the count.
 */
class EditorsGuideTest {

    private static final Path GUIDE = Path.of("docs/huong-dan-bien-tap.md");

    /** {@code <!-- ví dụ: content/… -->} then a fenced block: the file an editor would write. */
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- ví dụ: (\\S+) -->\\n```(markdown|yaml)\\n(.*?)\\n```\\n", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("(?m)^image: (\\S+)$");
    private static final Pattern EDITOR_NOTE = Pattern.compile("(?m)^\\s*editor_note: ");

    @TempDir
    Path dir;

    record Example(String path, String text) {
    }

    static List<Example> examples() throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(GUIDE));
        List<Example> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Example(m.group(1), m.group(3) + "\n"));
        }
        return out;
    }

    @Test
    void everyExampleOfTheGuidePassesTheCheck() throws Exception {
        List<Example> examples = examples();
        assertEquals(List.of("content/models/nuoi-ong-lay-mat-cu-mgar.md", "content/models/dan-lat-xa-my-thanh.md",
                "content/decisions/ke-hoach-giam-ngheo-dak-lak-2024.md", "content/stories/dak-lak-so-ket-nuoi-ong.md",
                "content/results/dak-lak.yaml", "content/stories/can-loc-lam-viec-thang-10.md",
                "content/stories/trao-nha-dai-doan-ket.md", "content/site.yaml"), examples.stream().map(Example::path).toList());

        Path site = TestSites.minimal(dir);
        int notes = 0;
        for (Example example : examples) {
            TestSites.write(site, example.path(), example.text());
            Matcher image = IMAGE.matcher(example.text());
            while (image.find()) {
                Path file = site.resolve(image.group(1).substring(1));
                Files.createDirectories(file.getParent());
                ImageIO.write(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
            }
            notes += (int) EDITOR_NOTE.matcher(example.text()).results().count();
        }

        LoadResult checked = Portal.check(site);
        assertEquals(List.of(), checked.problems().stream().filter(p -> !p.isNote()).map(Problem::toString).toList(),
                "no error, no warning (an unknown field would be one)");
        assertEquals(notes, checked.problems().stream().filter(Problem::isNote).count(), "check shows each editor_note");
        assertEquals(6, checked.content().entries().size());
        assertEquals(3, checked.content().results().size());
    }
}
