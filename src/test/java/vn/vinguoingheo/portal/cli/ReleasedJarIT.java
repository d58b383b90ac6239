package vn.vinguoingheo.portal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;

/**
 * The single jar {@code mvn package} makes, used as a released tool on a site folder of its own:
 * everything it needs (templates, assets, taxonomies, registry) must be inside it.
 */
class ReleasedJarIT {

    private static final Path JAR = Path.of("target/portal.jar");

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out) {
    }

    private Run portal(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return new Run(process.exitValue(), out);
    }

    @Test
    void reportsItsVersion() throws Exception {
        Run run = portal("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("portal \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(JBake 2\\.7\\.0, Java .*\\)\\s*"), run.out());
    }

    @Test
    void buildsASiteThatHasOnlyContentWithTheBuiltInLook() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Run run = portal("build", "--site", site.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("Đã tạo ")), run.out());
        assertTrue(run.out().lines().allMatch(line -> line.matches("content/\\S+:\\d+:\\d+: .*|\\d+ lỗi, \\d+ cảnh báo\\.|Đã tạo .*")),
                "only problems and the summary, no library logging: " + run.out());
        assertTrue(Files.readString(site.resolve("public/mo-hinh/dan-tham-luc-binh/index.html")).contains("Đan thảm lục bình"));
        assertTrue(Files.exists(site.resolve("public/assets/style.css")));
    }

    @Test
    void checkExitsOneWithLocatedProblems() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site, "content/models/a.md", "---\ntitle: A\n---\n");
        Run run = portal("check", "--site", site.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("content/models/a.md:2:1: thiếu trường bắt buộc \"province\""), run.out());
    }
}
