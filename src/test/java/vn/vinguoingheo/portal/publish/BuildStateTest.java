package vn.vinguoingheo.portal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

    @TempDir
    Path tmp;

    private Path site() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/models"));
        Files.writeString(site.resolve("content/models/a.md"), "một");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/x.css"), "body{}");
        Files.setLastModifiedTime(site.resolve("content/models/a.md"), FileTime.fromMillis(1_000_000));
        return site;
    }

    @Test
    void theFingerprintFollowsEveryInputAndTheOptions() throws Exception {
        Path site = site();
        String first = BuildState.fingerprint(site, "base=/");
        assertEquals(64, first.length(), "SHA-256 in hex");
        assertEquals(first, BuildState.fingerprint(site, "base=/"), "the same inputs, the same fingerprint");
        assertNotEquals(first, BuildState.fingerprint(site, "base=/con/"), "options count");

        Files.setLastModifiedTime(site.resolve("content/models/a.md"), FileTime.fromMillis(2_000_000));
        String touched = BuildState.fingerprint(site, "base=/");
        assertNotEquals(first, touched, "a file saved again");
        Files.writeString(site.resolve("content/models/a.md"), "một hai");
        Files.setLastModifiedTime(site.resolve("content/models/a.md"), FileTime.fromMillis(2_000_000));
        assertNotEquals(touched, BuildState.fingerprint(site, "base=/"), "a file of another size");
        String before = BuildState.fingerprint(site, "base=/");
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/layout.ftlh"), "x");
        assertNotEquals(before, BuildState.fingerprint(site, "base=/"), "a new template");
        String withTemplate = BuildState.fingerprint(site, "base=/");
        Files.writeString(site.resolve("other.txt"), "not an input");
        assertEquals(withTemplate, BuildState.fingerprint(site, "base=/"), "files outside content/, templates/, assets/ do not count");
    }

    @Test
    void anOutputIsUnchangedOnlyWithItsUrlListAndTheSameFingerprint() throws Exception {
        Path out = tmp.resolve("public");
        assertFalse(BuildState.unchanged(out, "abc"), "no output yet");
        Files.createDirectories(out);
        BuildState.record(out, "abc");
        assertEquals(tmp.resolve(".public.portal-state"), BuildState.stateFile(out), "beside the output, not in it");
        assertEquals(List.of("abc"), Files.readAllLines(tmp.resolve(".public.portal-state")));
        assertFalse(BuildState.unchanged(out, "abc"), "not this generator's output without its URL list");
        Publication.writeManifest(out, List.of("/"));
        assertTrue(BuildState.unchanged(out, "abc"));
        assertFalse(BuildState.unchanged(out, "abd"));
        BuildState.forget(out);
        assertFalse(Files.exists(tmp.resolve(".public.portal-state")));
        assertFalse(BuildState.unchanged(out, "abc"));
        BuildState.forget(out);
    }
}
