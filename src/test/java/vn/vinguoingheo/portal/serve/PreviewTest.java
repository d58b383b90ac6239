package vn.vinguoingheo.portal.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.site.Visibility;

/**
 * The preview's quick update against the real thing: after an edit, every page it leaves in the
 * output must be byte for byte what a full build of the same content writes.
 */
class PreviewTest {

    private static final URI LOCAL = URI.create("http://localhost:8123/");

    @TempDir
    Path tmp;
    private Path site;
    private Path output;
    private Preview preview;

    @BeforeEach
    void firstBuild() {
        site = TestSites.copy("basic", tmp);
        output = tmp.resolve("preview");
        preview = new Preview(site, output, LOCAL);
        assertTrue(preview.rebuild(() -> false).ok());
    }

    private Preview.Outcome edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
        preview.changed(List.of(path));
        assertTrue(preview.canUpdatePages(List.of(path)));
        return preview.updatePages();
    }

    /** A full build of the content as it is now, with the preview's options. */
    private Path fullBuild() throws Exception {
        Path full = tmp.resolve("full-" + System.nanoTime());
        Portal.Options options = new Portal.Options(LOCAL, new Visibility(true, true, Visibility.published().today()));
        assertTrue(Portal.buildWith(site, full, options).built());
        return full;
    }

    private static Map<String, byte[]> files(Path root, String suffix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    @Test
    void aRenamedModelUpdatesExactlyThePagesAFullBuildChanges() throws Exception {
        Map<String, byte[]> before = files(output, ".html");
        Preview.Outcome outcome = edit("content/models/nha-tinh-thuong.md", "Nhà tình thương Phước Long", "Nhà đại đoàn kết Phước Long");

        assertTrue(outcome.ok(), outcome.toString());
        Map<String, byte[]> full = files(fullBuild(), ".html");
        // The open data page shows the data files' sizes: it is brought up to date with them, by the refresh.
        String openData = "du-lieu/index.html";
        Map<String, byte[]> updated = files(output, ".html");
        assertFalse(java.util.Arrays.equals(full.get(openData), updated.get(openData)), "the model list's size changed");
        updated.put(openData, full.get(openData));
        assertSameFiles(full, updated);
        long changedOnDisk = full.keySet().stream().filter(name -> !name.equals(openData))
                .filter(name -> !java.util.Arrays.equals(full.get(name), before.get(name))).count();
        assertEquals(changedOnDisk, outcome.pages(), "only the pages whose data changed are rendered");
        assertTrue(outcome.pages() < full.size() / 2, outcome.pages() + " of " + full.size());

        assertTrue(preview.refresh(() -> false).ok());
        assertSameFiles(full, files(output, ".html"));
    }

    @Test
    void aNewEntryAppearsInItsListsAndTheWholeRebuildThenMatchesAFullBuild() throws Exception {
        Path story = site.resolve("content/stories/tin-moi.md");
        Files.writeString(story, "---\ntitle: Tin mới toanh\ndate: 2023-05-01\nsummary: Một tin mới.\nmodels: [nuoi-bo]\n---\nNội dung.\n");
        preview.changed(List.of(story));
        assertTrue(preview.updatePages().ok());
        assertSameFiles(files(fullBuild(), ".html"), files(output, ".html"));

        assertTrue(preview.refresh(() -> false).ok());
        assertSameFiles(files(fullBuild(), ""), files(output, ""));

        Files.delete(story);
        preview.changed(List.of(story));
        assertTrue(preview.updatePages().ok());
        assertTrue(preview.refresh(() -> false).ok());
        assertSameFiles(files(fullBuild(), ""), files(output, ""));
        assertFalse(Files.exists(output.resolve("tin-tuc/tin-moi")), "the refresh removes a deleted entry's page and folder");
    }

    @Test
    void aRefreshAfterARenameMatchesAFullBuildAndRewritesOnlyWhatDiffers() throws Exception {
        edit("content/models/nha-tinh-thuong.md", "Nhà tình thương Phước Long", "Nhà đại đoàn kết Phước Long");
        long styleWritten = Files.getLastModifiedTime(output.resolve("assets/style.css")).toMillis();
        Thread.sleep(20);
        Preview.Outcome refreshed = preview.refresh(() -> false);

        assertTrue(refreshed.ok(), refreshed.toString());
        assertSameFiles(files(fullBuild(), ""), files(output, ""));
        assertTrue(Files.exists(output.resolve("mo-hinh/nha-tinh-thuong")));
        assertEquals(styleWritten, Files.getLastModifiedTime(output.resolve("assets/style.css")).toMillis(), "unchanged files stay");
        assertTrue(refreshed.pages() > 0 && refreshed.pages() < 15, refreshed.pages() + " files moved in: feed, search, data…");
    }

    @Test
    void errorsLeaveThePagesAsTheyWere() throws Exception {
        Map<String, byte[]> before = files(output, "");
        Preview.Outcome outcome = edit("content/models/nha-tinh-thuong.md", "province: Bạc Liêu", "province: Bac Lieuu");
        assertFalse(outcome.ok());
        assertTrue(outcome.errors().get(0).toString().contains("nha-tinh-thuong.md:3:11"), outcome.toString());
        assertSameFiles(before, files(output, ""));
    }

    @Test
    void settingsTemplatesAndAssetsNeedTheWholeRebuild() {
        assertFalse(preview.canUpdatePages(List.of(site.resolve("content/site.yaml"))));
        assertFalse(preview.canUpdatePages(List.of(site.resolve("templates/model.ftlh"))));
        assertFalse(preview.canUpdatePages(List.of(site.resolve("assets/style.css"))));
        assertFalse(preview.canUpdatePages(List.of(site)), "lost events: anything may have changed");
        assertTrue(preview.canUpdatePages(List.of(site.resolve("content/results/mau.yaml"))));
    }

    @Test
    void aSupersededRebuildStopsAndLeavesTheOutputAsItWas() throws Exception {
        Map<String, byte[]> before = files(output, "");
        edit("content/models/nuoi-bo.md", "title: ", "title: Sửa ");
        Map<String, byte[]> updated = files(output, "");
        assertThrows(CancellationException.class, () -> preview.rebuild(() -> true));
        assertThrows(CancellationException.class, () -> preview.refresh(() -> true));
        assertSameFiles(updated, files(output, ""));
        assertFalse(before.equals(updated));
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().matches(".*\\.(tmp|portal-refresh)-.*")).toList(),
                    "no staging or scratch folder left");
        }
    }
}
