package vn.vinguoingheo.portal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationTest {

    @TempDir
    Path tmp;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommittedPublicationReplacesTheOutputWholeAndLeavesNothingBeside() throws Exception {
        Path out = tmp.resolve("public");
        try (Publication first = Publication.begin(out)) {
            write(first.staging().resolve("a/index.html"), "một");
            assertFalse(Files.exists(out), "nothing visible before the commit");
            first.commit(List.of("/a/", "/"));
        }
        assertEquals("một", Files.readString(out.resolve("a/index.html")));
        assertEquals(List.of("/a/", "/"), Publication.publishedUrls(out));
        assertEquals("/a/\n/\n", Files.readString(out.resolve(Publication.MANIFEST)));

        try (Publication second = Publication.begin(out)) {
            assertEquals(out.toAbsolutePath(), second.previous());
            write(second.staging().resolve("b/index.html"), "hai");
            second.commit(List.of("/b/"));
        }
        assertFalse(Files.exists(out.resolve("a")), "the previous build is gone, not merged");
        assertEquals("hai", Files.readString(out.resolve("b/index.html")));
        assertEquals(List.of("public"), siblings());
    }

    @Test
    void aPublicationNotCommittedLeavesTheOutputAsItWas() throws Exception {
        Path out = tmp.resolve("public");
        try (Publication first = Publication.begin(out)) {
            write(first.staging().resolve("index.html"), "cũ");
            first.commit(List.of("/"));
        }
        try (Publication failed = Publication.begin(out)) {
            write(failed.staging().resolve("index.html"), "mới");
        }
        assertEquals("cũ", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("public"), siblings());
    }

    @Test
    void refusesAFolderOfOtherFilesButTakesAnEmptyOne() throws Exception {
        Path foreign = tmp.resolve("foreign");
        write(foreign.resolve("x.txt"), "của người khác");
        PublishFailure failure = assertThrows(PublishFailure.class, () -> Publication.begin(foreign));
        assertTrue(failure.getMessage().contains("không do công cụ này tạo"), failure.getMessage());
        assertEquals(List.of("foreign"), siblings(), "no staging folder made");

        Path file = tmp.resolve("file.txt");
        write(file, "x");
        assertThrows(PublishFailure.class, () -> Publication.begin(file));

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        try (Publication publication = Publication.begin(empty)) {
            publication.commit(List.of());
        }
        assertEquals(List.of(), Publication.publishedUrls(tmp.resolve("nowhere")));
        assertEquals("\n", Files.readString(empty.resolve(Publication.MANIFEST)));
    }

    @Test
    void copiesAssetsAndFilesOnlyInsideTheirFolders() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("staging"));
        Path source = tmp.resolve("source.txt");
        write(source, "tệp");
        Publication.copyAssets(folder, Map.of("anh/a.png", source));
        assertEquals("tệp", Files.readString(folder.resolve("assets/anh/a.png")));
        Publication.copyAssets(folder, Map.of("anh/a.png", source));
        assertThrows(IOException.class, () -> Publication.copyAssets(folder, Map.of("../x.png", source)));

        Publication.copyFiles(folder, tmp, Map.of("tin-tuc/a/anh.png", "source.txt"));
        assertEquals("tệp", Files.readString(folder.resolve("tin-tuc/a/anh.png")));
        Publication.copyFiles(folder, tmp, Map.of("tin-tuc/a/anh.png", "source.txt"));
        assertThrows(IOException.class, () -> Publication.copyFiles(folder, tmp, Map.of("../y.png", "source.txt")));
        assertFalse(Files.exists(tmp.resolve("x.png")) || Files.exists(tmp.resolve("y.png")));
    }

    @Test
    void makesFoldersAndFilesReadableByEveryone() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        Path dir = Files.createDirectories(root.resolve("a/b"));
        Path file = root.resolve("a/b/c.html");
        write(file, "x");
        Path open = root.resolve("open.txt");
        write(open, "y");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        Publication.makeReadable(root);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(open)));
    }

    @Test
    void aCommittedSiteIsReadableByTheWebServer() throws Exception {
        Path out = tmp.resolve("public");
        try (Publication publication = Publication.begin(out)) {
            Path page = publication.staging().resolve("a/index.html");
            write(page, "x");
            Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(page.getParent(), PosixFilePermissions.fromString("rwx------"));
            publication.commit(List.of("/a/"));
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("a"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("a/index.html"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(Publication.MANIFEST))));
    }

    @Test
    void deletesATreeAndNothingWhenThereIsNone() throws Exception {
        Path root = tmp.resolve("tree");
        write(root.resolve("a/b/c.txt"), "x");
        write(root.resolve("d.txt"), "y");
        Publication.deleteTree(root);
        assertFalse(Files.exists(root));
        Publication.deleteTree(root);
        Publication.deleteTree(null);
        assertEquals(List.of(), siblings());
    }
}
