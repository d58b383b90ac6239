package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;

/** Published links keep working: old paths redirect, clashes and silent renames are reported. */
class LinkContinuityTest {

    @TempDir
    Path tmp;

    private static List<String> messages(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    /** Problems about the previous build's URL list (editorial advice on the fixture left out). */
    private static List<String> aboutPublishedUrls(LoadResult result) {
        return messages(result).stream().filter(m -> m.contains(".portal-urls.txt") || m.contains("đường dẫn")).toList();
    }

    private static void assertProblem(LoadResult result, String expectedStart) {
        assertTrue(messages(result).stream().anyMatch(m -> m.startsWith(expectedStart)),
                () -> "expected a problem starting with \"" + expectedStart + "\" but got " + messages(result));
    }

    private static void rename(Path site, String from, String to) throws IOException {
        Files.move(site.resolve(from), site.resolve(to));
    }

    @Test
    void aliasesThatClashWithAPageOrAnotherAliasAreErrorsAndNothingIsPublished() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site, "content/models/nuoi-bo.md", """
                ---
                title: Nuôi bò sinh sản
                province: ha-tinh
                model_type: sinh-ke
                date: 2020-01-15
                summary: Hộ nghèo được hỗ trợ bò giống.
                aliases:
                  - /mo-hinh/dan-tham-cu/
                  - /tinh/can-tho/
                  - /404.html
                  - /assets/cu/
                ---
                Nội dung.
                """);
        LoadResult result = Portal.check(site);
        assertProblem(result, "content/models/nuoi-bo.md:8:5: aliases \"/mo-hinh/dan-tham-cu/\" đã được dùng ở content/models/dan-tham-luc-binh.md:16:5");
        assertProblem(result, "content/models/nuoi-bo.md:9:5: aliases \"/tinh/can-tho/\" trùng với trang đang có \"Thành phố Cần Thơ\"");
        assertProblem(result, "content/models/nuoi-bo.md:10:5: aliases \"/404.html\" trùng với trang đang có");
        assertProblem(result, "content/models/nuoi-bo.md:11:5: aliases \"/assets/cu/\" nằm trong assets/");
        Portal.BuildResult build = Portal.build(site, tmp.resolve("out"), null);
        assertFalse(build.built());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aRenamedSlugWithoutAnAliasIsAnErrorUntilTheAliasIsAdded() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = Portal.defaultOutput(site);
        assertTrue(Portal.build(site, out, null).built());
        rename(site, "content/models/nha-tinh-thuong.md", "content/models/nha-tinh-thuong-phuoc-long.md");

        LoadResult renamed = Portal.check(site);
        assertProblem(renamed, "content/models/nha-tinh-thuong-phuoc-long.md:1:1: bài này có vẻ đã đổi đường dẫn từ /mo-hinh/nha-tinh-thuong/");
        assertTrue(messages(renamed).stream().anyMatch(m -> m.endsWith("thêm vào phần đầu: aliases: [/mo-hinh/nha-tinh-thuong/]")));
        assertFalse(Portal.build(site, out, null).built(), "the previous site stays until the old link is kept");
        assertTrue(Files.exists(out.resolve("mo-hinh/nha-tinh-thuong/index.html")));

        Path file = site.resolve("content/models/nha-tinh-thuong-phuoc-long.md");
        Files.writeString(file, Files.readString(file).replace("date: 2022-09-28\n", "date: 2022-09-28\naliases: [/mo-hinh/nha-tinh-thuong/]\n"));
        assertFalse(Portal.check(site).hasErrors(), () -> messages(Portal.check(site)).toString());
        assertTrue(Portal.build(site, out, null).built());
        assertEquals("0; url=/mo-hinh/nha-tinh-thuong-phuoc-long/", Jsoup.parse(out.resolve("mo-hinh/nha-tinh-thuong/index.html").toFile(), "UTF-8")
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void aRemovedPageIsAWarningPointingIntoThePreviousUrlList() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("da-dang");
        assertTrue(Portal.build(site, out, null).built());
        List<String> published = Files.readAllLines(out.resolve(".portal-urls.txt"));
        Files.delete(site.resolve("content/models/nuoi-bo.md"));

        LoadResult result = Portal.check(site, out);
        assertFalse(result.hasErrors(), () -> messages(result).toString());
        int line = published.indexOf("/mo-hinh/nuoi-bo/") + 1;
        assertProblem(result, out.resolve(".portal-urls.txt") + ":" + line + ":1: cảnh báo: trang /mo-hinh/nuoi-bo/ đã đăng ở lần tạo trước nay không còn");
        assertEquals(List.of(), aboutPublishedUrls(Portal.check(site, tmp.resolve("chua-dang"))), "nothing to compare with");
    }

    @Test
    void aNewBasePathIsOneWarningNotOnePerPage() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = Portal.defaultOutput(site);
        assertTrue(Portal.build(site, out, java.net.URI.create("https://thu.example.vn/cu/")).built());
        LoadResult result = Portal.check(site);
        assertEquals(List.of("public/.portal-urls.txt:1:1: cảnh báo: địa chỉ gốc của trang đổi từ /cu/ sang /: "
                + "mọi liên kết cũ sẽ hỏng nếu máy chủ không chuyển hướng chúng"), aboutPublishedUrls(result));
    }
}
