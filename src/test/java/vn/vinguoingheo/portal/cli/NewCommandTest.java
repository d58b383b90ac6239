package vn.vinguoingheo.portal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.site.Visibility;

class NewCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    @ParameterizedTest
    @ValueSource(strings = {"model", "decision", "story"})
    void writesADraftThatPassesCheck(String kind) throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, cli.run("new", kind, "--title", "Mô hình trồng sả", "--province", "Hà Tĩnh", "--type", "sinh-ke",
                "--site", site.toString()), cli.err::toString);
        String folder = kind.equals("story") ? "stories" : kind + "s";
        Path file = site.resolve("content/" + folder + "/mo-hinh-trong-sa.md");
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"Mô hình trồng sả\""), text);
        assertTrue(text.contains("province: ha-tinh"), text);
        assertTrue(text.contains("draft: true"), text);
        assertTrue(text.contains(LocalDate.now(Visibility.VIETNAM).toString()), text);

        LoadResult check = Portal.check(site);
        assertFalse(check.hasErrors(), check.problems()::toString);
        Entry written = check.content().entries().stream().filter(e -> e.slug().equals("mo-hinh-trong-sa")).findFirst().orElseThrow();
        assertTrue(written.draft());
    }

    @Test
    void refusesToOverwrite() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path existing = site.resolve("content/models/dan-tham-luc-binh.md");
        String before = Files.readString(existing);
        assertEquals(1, cli.run("new", "model", "--title", "Đan thảm lục bình", "--site", site.toString()));
        assertTrue(cli.err.toString().contains("Đã có tệp content/models/dan-tham-luc-binh.md; không ghi đè"), cli.err::toString);
        assertEquals(before, Files.readString(existing));
    }

    @Test
    void suggestsNearMissesForProvinceAndType() {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(1, cli.run("new", "model", "--title", "A", "--province", "Ha Tinhh", "--site", site.toString()));
        assertTrue(cli.err.toString().contains("Tỉnh/thành \"Ha Tinhh\" không có trong danh mục; có phải \"ha-tinh\"?"), cli.err::toString);
        assertEquals(1, cli.run("new", "model", "--title", "A", "--type", "sinh-kee", "--site", site.toString()));
        assertTrue(cli.err.toString().contains("có phải \"sinh-ke\"?"), cli.err::toString);
        assertFalse(Files.exists(site.resolve("content/models/a.md")));
    }

    @Test
    void unknownKindIsBadUsage() {
        assertEquals(2, cli.run("new", "bai-viet", "--title", "A", "--site", tmp.toString()));
    }
}
