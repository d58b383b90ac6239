package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.SiteConfig;

/** The {@code cms:} section of site.yaml: read when right, every mistake named with its place. */
class CmsSettingsTest {

    @TempDir
    Path tmp;

    private LoadResult load(String cmsSection) {
        Path site = TestSites.minimal(tmp);
        TestSites.write(site, "content/site.yaml", "title: Thử\nbase_url: https://thu.example.vn/\n" + cmsSection);
        return ContentLoader.load(site);
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTheGitHost() {
        LoadResult result = load("""
                cms:
                  backend: gitlab
                  repo: so-ldtbxh/guong-sang
                  branch: xuat-ban
                  folder: trang-tinh/
                  auth_url: https://gitlab.example.vn
                  app_id: abc123
                  api_root: https://gitlab.example.vn/api/v4
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(new SiteConfig.Cms("gitlab", "so-ldtbxh/guong-sang", "xuat-ban", "trang-tinh", "https://gitlab.example.vn",
                "abc123", "https://gitlab.example.vn/api/v4"), result.content().config().cms());
    }

    @Test
    void noSectionNoCms() {
        LoadResult result = load("");
        assertEquals(List.of(), result.problems());
        assertEquals(null, result.content().config().cms());
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        assertEquals(List.of("content/site.yaml:4:12: cms.backend \"githb\" không hợp lệ; dùng github, gitlab, gitea; có phải \"github\"?",
                        "content/site.yaml:5:9: cms.repo \"guong-sang\" phải có dạng chủ-sở-hữu/tên-kho, ví dụ so-ldtbxh/guong-sang",
                        "content/site.yaml:6:3: cảnh báo: trường \"brach\" không có trong quy ước nội dung, sẽ bị bỏ qua; có phải \"branch\"?",
                        "content/site.yaml:7:11: cms.folder \"../khac\" phải là đường dẫn thư mục trang trong kho, ví dụ trang-tinh (không có \"..\")",
                        "content/site.yaml:8:13: cms.auth_url \"ftp://x.vn\" phải là địa chỉ bắt đầu bằng https://"),
                problems(load("""
                        cms:
                          backend: githb
                          repo: guong-sang
                          brach: main
                          folder: ../khac
                          auth_url: ftp://x.vn
                        """)));
        assertEquals(List.of("content/site.yaml:4:3: thiếu trường bắt buộc \"repo\""), problems(load("cms:\n  backend: github\n")));
    }

    @Test
    void giteaWarnsThatEditsPublishWithoutReview() {
        assertEquals(List.of("content/site.yaml:4:12: cảnh báo: với gitea, CMS chưa có bước duyệt bài (editorial workflow): "
                + "bài biên tập viên lưu sẽ lên trang ngay"), problems(load("cms:\n  backend: gitea\n  repo: a/b\n")));
    }
}
