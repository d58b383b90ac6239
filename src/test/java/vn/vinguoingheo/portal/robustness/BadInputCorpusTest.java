package vn.vinguoingheo.portal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;

/**
 * Every site under {@code src/test/resources/bad-sites/} holds one kind of mistake editors make
 * and, in {@code expected.txt}, exactly what {@code check} must say about it.
 */
class BadInputCorpusTest {

    @TempDir
    Path tmp;

    static Stream<Path> badSites() throws IOException, URISyntaxException {
        Path root = Path.of(BadInputCorpusTest.class.getResource("/bad-sites").toURI());
        return Files.list(root).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSites")
    void checkReportsExactlyTheExpectedProblems(Path site) throws IOException {
        List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        LoadResult result = Portal.check(site);
        assertEquals(expected, result.problems().stream().map(Problem::toString).toList());
        assertTrue(result.hasErrors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSites")
    void buildPublishesNothing(Path site) throws Exception {
        Path out = tmp.resolve("out");
        assertFalse(Portal.build(site, out, null).built());
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "no temporary folders left behind");
        }
    }
}
