package vn.vinguoingheo.portal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSyncTest {

    @TempDir
    Path tmp;

    private void write(Path root, String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void onlyMissingOrDifferentFilesAreMovedIn() throws IOException {
        Path scratch = tmp.resolve("scratch");
        Path output = tmp.resolve("output");
        write(scratch, "same.txt", "abc");
        write(output, "same.txt", "abc");
        write(scratch, "longer.txt", "abcd");
        write(output, "longer.txt", "abc");
        write(scratch, "same-size.txt", "abd");
        write(output, "same-size.txt", "abc");
        write(scratch, "sub/new.txt", "new");

        List<String> differing = OutputSync.differing(scratch, output, () -> false);
        assertEquals(Set.of("longer.txt", "same-size.txt", "sub/new.txt"), Set.copyOf(differing));

        OutputSync.move(differing, scratch, output);
        assertEquals("abcd", Files.readString(output.resolve("longer.txt")));
        assertEquals("abd", Files.readString(output.resolve("same-size.txt")));
        assertEquals("new", Files.readString(output.resolve("sub/new.txt")));
        assertFalse(Files.exists(scratch.resolve("sub/new.txt")), "moved, not copied");
    }

    @Test
    void filesNotKeptAreRemovedWithTheFoldersTheyLeaveEmpty() throws IOException {
        Path output = tmp.resolve("output");
        write(output, "index.html", "home");
        write(output, "tin-tuc/cu/index.html", "old");
        write(output, "tin-tuc/cu/anh-chia-se-1.png", "png");
        write(output, "tin-tuc/moi/index.html", "new");

        List<String> gone = OutputSync.notIn(output, Set.of("index.html", "tin-tuc/moi/index.html"));
        assertEquals(Set.of("tin-tuc/cu/index.html", "tin-tuc/cu/anh-chia-se-1.png"), Set.copyOf(gone));

        OutputSync.remove(gone, output);
        assertFalse(Files.exists(output.resolve("tin-tuc/cu")));
        assertTrue(Files.exists(output.resolve("tin-tuc/moi/index.html")));
        assertTrue(Files.exists(output.resolve("index.html")));
        assertTrue(Files.isDirectory(output), "the output folder itself stays, even when emptied");
        OutputSync.remove(OutputSync.notIn(output, Set.of()), output);
        assertTrue(Files.isDirectory(output));
        assertEquals(List.of(), OutputSync.relativeFiles(output));
    }
}
