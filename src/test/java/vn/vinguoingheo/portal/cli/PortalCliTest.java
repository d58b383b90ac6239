package vn.vinguoingheo.portal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;

class PortalCliTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    @Test
    void buildWritesPublicInsideTheSiteByDefault() {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, cli.run("build", "--site", site.toString()), cli.err::toString);
        assertTrue(Files.exists(site.resolve("public/index.html")));
        assertTrue(cli.out.toString().startsWith("Đã tạo "), cli.out::toString);
    }

    @Test
    void aSecondBuildWithNothingChangedKeepsTheOutputAsItIs() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, cli.run("build", "--site", site.toString()));
        Path index = site.resolve("public/index.html");
        long written = Files.getLastModifiedTime(index).toMillis();
        assertEquals(0, cli.run("build", "--site", site.toString()));
        assertTrue(cli.out.toString().contains("Không có thay đổi nào từ lần tạo trước"), cli.out::toString);
        assertEquals(written, Files.getLastModifiedTime(index).toMillis());
        assertTrue(Files.exists(site.resolve(".public.portal-state")), "state kept beside the output, not in it");
        assertFalse(Files.exists(site.resolve("public/.portal-state")));

        TestSites.write(site, "content/stories/moi.md", "---\ntitle: Tin mới\ndate: 2023-05-01\nsummary: s\n---\n");
        assertEquals(0, cli.run("build", "--site", site.toString()));
        assertTrue(Files.exists(site.resolve("public/tin-tuc/moi/index.html")), "a change is built");
        TestSites.write(site, "templates/error404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Lạc đường</h1></@layout.frame>");
        assertEquals(0, cli.run("build", "--site", site.toString()));
        assertTrue(Files.readString(site.resolve("public/404.html")).contains("Lạc đường"), "a template change is built");
        Files.delete(site.resolve("content/stories/moi.md"));
        assertEquals(0, cli.run("build", "--site", site.toString()));
        assertFalse(Files.exists(site.resolve("public/tin-tuc/moi/index.html")), "a deleted entry's page goes");
        assertEquals(0, cli.run("build", "--site", site.toString(), "--drafts"));
        assertTrue(Files.exists(site.resolve("public/mo-hinh/ban-nhap/index.html")), "other options are another build");
    }

    @Test
    void buildWithBaseUrlOverridesSiteYamlForOneBuild() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path output = tmp.resolve("preview");
        assertEquals(0, cli.run("build", "--site", site.toString(), "--out", output.toString(), "--base-url", "https://xem-thu.example.vn/nhanh"));
        String sitemap = Files.readString(output.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://xem-thu.example.vn/nhanh/mo-hinh/</loc>"), sitemap);
        assertTrue(Files.readString(output.resolve("index.html")).contains("href=\"/nhanh/mo-hinh/\""));
    }

    @Test
    void checkListsEveryProblemAndExitsOne() {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site, "content/models/a.md", "---\ntitle: A\nprovince: Ha Tinhh\nmodel_type: sinh-ke\ndate: 2023-01-01\nsummary: x\n---\n");
        TestSites.write(site, "content/models/b.md", "không có phần đầu\n");
        assertEquals(1, cli.run("check", "--site", site.toString()));
        String report = cli.err.toString();
        assertTrue(report.contains("content/models/a.md:3:11: tỉnh/thành \"Ha Tinhh\" không có trong danh mục; có phải \"ha-tinh\"?"), report);
        assertTrue(report.contains("content/models/b.md:1:1: thiếu phần đầu YAML"), report);
        assertTrue(report.contains("2 lỗi, "), report);
        assertFalse(Files.exists(site.resolve("public")));
    }

    @Test
    void buildWithContentErrorsExitsOneAndKeepsThePreviousSite() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, cli.run("build", "--site", site.toString()));
        String before = Files.readString(site.resolve("public/index.html"));
        TestSites.write(site, "content/models/a.md", "---\ntitle: A\n---\n");
        assertEquals(1, cli.run("build", "--site", site.toString()));
        assertTrue(cli.err.toString().contains("Bản đã đăng trước đó giữ nguyên."));
        assertEquals(before, Files.readString(site.resolve("public/index.html")));
    }

    @Test
    void checkComparesWithThePreviousBuildInTheOutputFolder() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path output = tmp.resolve("da-dang");
        assertEquals(0, cli.run("build", "--site", site.toString(), "--out", output.toString()), cli.err::toString);
        Files.move(site.resolve("content/stories/tin-mau.md"), site.resolve("content/stories/tin-mau-moi.md"));
        assertEquals(0, cli.run("check", "--site", site.toString()), "public/ has no previous build: " + cli.err);
        assertEquals(1, cli.run("check", "--site", site.toString(), "--out", output.toString()));
        assertTrue(cli.err.toString().contains("content/stories/tin-mau-moi.md:1:1: bài này có vẻ đã đổi đường dẫn từ /tin-tuc/tin-mau/"),
                cli.err::toString);
    }

    @Test
    void checkPassesOnAGoodSite() {
        assertEquals(0, cli.run("check", "--site", TestSites.copy("basic", tmp).toString()));
        assertTrue(cli.out.toString().startsWith("Nội dung hợp lệ: 7 bài viết, 6 số liệu."), cli.out::toString);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, cli.run("build", "--khong-co"));
        assertEquals(2, cli.run("lam-gi-do"));
        assertEquals(2, cli.run());
        assertEquals(2, cli.run("build", "--base-url", "khong-phai-url"));
        assertTrue(cli.err.toString().contains("không phải địa chỉ đầy đủ"), cli.err::toString);
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out.toString().startsWith("portal "));
        for (String command : new String[] {"build", "check", "serve"}) {
            assertEquals(0, cli.run(command, "--help"));
        }
        assertTrue(cli.out.toString().contains("--site"));
        assertTrue(cli.out.toString().contains("--port"));
    }

    @Test
    void missingSiteFolderIsExplained() {
        assertEquals(1, cli.run("check", "--site", tmp.resolve("khong-co").toString()));
        assertTrue(cli.err.toString().contains("không có thư mục content/"), cli.err::toString);
    }
}
