package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.content.read.ContentLoader;
import vn.vinguoingheo.portal.photo.Photos;
import vn.vinguoingheo.portal.photo.TestPhotos;
import vn.vinguoingheo.portal.site.SiteModel;
import vn.vinguoingheo.portal.site.Visibility;

/** Images written in entries' bodies through a whole build: cleaned copies, markup, errors where they are written. */
class BodyPhotosBuildTest {

    @TempDir
    Path tmp;

    /** Line 7 is image:, the body starts on line 10. */
    private static final String MODEL = """
            ---
            title: Nuôi bò sinh sản ở xã Tân Lập
            province: ha-tinh
            model_type: sinh-ke
            date: 2023-04-06
            summary: Tóm tắt.
            image: /assets/images/ho-dan.jpg
            image_alt: Chị Lan bên chuồng bò
            ---
            Đoạn mở đầu.

            ![Chị Lan cho bò ăn](/assets/images/ho-dan.jpg)

            Chuồng mới: ![Chuồng bò làm năm 2023](chuong.jpg "Chuồng bò")

            <p><img src="/assets/images/ho-dan.jpg" alt="Ảnh thô"></p>

            Ảnh ngoài: ![Logo](https://example.org/logo.png) và mã `![không phải ảnh](khong-co.jpg)`.
            """;

    private Path site() throws IOException {
        Path site = TestSites.minimal(tmp);
        Files.createDirectories(site.resolve("assets/images"));
        // Stored 2400 × 1800 with orientation 6 and a GPS position: upright 1800 × 2400.
        Files.write(site.resolve("assets/images/ho-dan.jpg"), TestPhotos.phonePhoto(2400, 1800));
        TestSites.write(site, "content/models/nuoi-bo.md", MODEL);
        Files.write(site.resolve("content/models/chuong.jpg"), TestPhotos.phonePhoto(1600, 1200));
        return site;
    }

    @Test
    void bodyImagesArePublishedAsCleanedCopiesWithSrcsetAndNeverAsOriginals() throws Exception {
        Path site = site();
        Path out = tmp.resolve("public");
        Portal.BuildResult result = Portal.build(site, out, null);
        assertTrue(result.built(), result.problems()::toString);
        String gps = " có ghi vị trí GPS nơi chụp; bản đăng lên trang đã được xoá vị trí và mọi thông tin máy ảnh, ảnh gốc không được đăng";
        assertEquals(List.of(
                        "content/models/nuoi-bo.md:7:8: cảnh báo: ảnh \"/assets/images/ho-dan.jpg\"" + gps,
                        "content/models/nuoi-bo.md:12:1: cảnh báo: ảnh \"/assets/images/ho-dan.jpg\"" + gps,
                        "content/models/nuoi-bo.md:14:13: cảnh báo: ảnh \"chuong.jpg\"" + gps,
                        "content/models/nuoi-bo.md:16:4: cảnh báo: ảnh \"/assets/images/ho-dan.jpg\"" + gps),
                result.problems().stream().filter(p -> p.toString().contains("GPS")).map(Problem::toString).toList());

        Document page = TestSites.page(out, "mo-hinh/nuoi-bo/");
        String hoDan = page.selectFirst("figure.entry-image img").attr("src").replaceAll(".*-([0-9a-f]{6})\\.jpg$", "$1");
        String hoDanSrcset = "/assets/images/ho-dan-480-" + hoDan + ".jpg 480w, /assets/images/ho-dan-960-" + hoDan + ".jpg 960w, "
                + "/assets/images/ho-dan-1600-" + hoDan + ".jpg 1600w";
        List<Element> body = page.select("img").stream().filter(i -> i.closest("figure.entry-image") == null).toList();
        assertEquals(4, body.size(), body::toString);

        Element first = body.get(0);
        assertEquals("/assets/images/ho-dan-960-" + hoDan + ".jpg", first.attr("src"));
        assertEquals(hoDanSrcset, first.attr("srcset"));
        assertEquals("(min-width: 46rem) 44rem, calc(100vw - 2rem)", first.attr("sizes"));
        assertEquals("1600", first.attr("width"));
        assertEquals("2133", first.attr("height"));
        assertEquals("lazy", first.attr("loading"));
        assertEquals("async", first.attr("decoding"));
        assertEquals("Chị Lan cho bò ăn", first.attr("alt"));

        // Beside the entry: its copies go into the entry's folder; 1200 px upright (stored 1600 × 1200, turned).
        Element beside = body.get(1);
        String chuong = beside.attr("src").replaceAll(".*-([0-9a-f]{6})\\.jpg$", "$1");
        assertEquals("/mo-hinh/nuoi-bo/chuong-960-" + chuong + ".jpg", beside.attr("src"));
        assertEquals("/mo-hinh/nuoi-bo/chuong-480-" + chuong + ".jpg 480w, /mo-hinh/nuoi-bo/chuong-960-" + chuong + ".jpg 960w, "
                + "/mo-hinh/nuoi-bo/chuong-1200-" + chuong + ".jpg 1200w", beside.attr("srcset"));
        assertEquals("1200", beside.attr("width"));
        assertEquals("1600", beside.attr("height"));
        assertEquals("Chuồng bò làm năm 2023", beside.attr("alt"));
        assertEquals("Chuồng bò", beside.attr("title"));

        Element raw = body.get(2);
        assertEquals("/assets/images/ho-dan-960-" + hoDan + ".jpg", raw.attr("src"));
        assertEquals(hoDanSrcset, raw.attr("srcset"));
        assertEquals("Ảnh thô", raw.attr("alt"));
        assertEquals("lazy", raw.attr("loading"));
        assertEquals("(min-width: 46rem) 44rem, calc(100vw - 2rem)", raw.attr("sizes"));

        // An image on another site is left as written.
        Element external = body.get(3);
        assertEquals("https://example.org/logo.png", external.attr("src"));
        assertFalse(external.hasAttr("srcset"));

        List<String> published = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(p -> p.toString().matches(".*\\.(jpe?g|png)$")).filter(p -> !p.getFileName().toString().startsWith("anh-chia-se-"))
                    .forEach(p -> published.add(out.relativize(p).toString().replaceAll("[0-9a-f]{6}\\.jpg$", "")));
        }
        published.sort(null);
        assertEquals(List.of("assets/images/ho-dan-1600-", "assets/images/ho-dan-480-", "assets/images/ho-dan-960-",
                "mo-hinh/nuoi-bo/chuong-1200-", "mo-hinh/nuoi-bo/chuong-480-", "mo-hinh/nuoi-bo/chuong-960-"), published);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path image : walk.filter(p -> p.toString().matches(".*\\.(jpe?g|png)$")).toList()) {
                List<String> blocks = new ArrayList<>();
                for (Directory directory : ImageMetadataReader.readMetadata(image.toFile()).getDirectories()) {
                    blocks.add(directory.getName());
                }
                assertTrue(blocks.stream().noneMatch(b -> b.startsWith("Exif") || b.startsWith("GPS") || b.equals("XMP")
                        || b.equals("IPTC") || b.equals("JpegComment") || b.startsWith("ICC")), image + ": " + blocks);
            }
        }
    }

    @Test
    void aFileUsedAsImageAndInTheBodyIsDecodedOnce() throws Exception {
        Path site = site();
        LoadResult loaded = ContentLoader.load(site);
        assertFalse(loaded.hasErrors(), loaded.problems()::toString);
        SiteModel model = SiteModel.build(loaded.content(), loaded.content().config(), site, Visibility.published());
        // ho-dan.jpg: image:, ![…] and <img>; chuong.jpg: once.
        Photos.Written written = Photos.write(model.photos(), tmp.resolve("copies"), null);
        assertEquals(new Photos.Written(2, 0), written);
    }

    @Test
    void badBodyImagesAreErrorsWhereTheyAreWritten() throws Exception {
        Path site = TestSites.minimal(tmp);
        Files.createDirectories(site.resolve("assets/images"));
        Files.write(site.resolve("assets/images/ho-dan.jpg"), TestPhotos.plainPhoto(1600, 1200));
        Files.write(site.resolve("assets/images/iphone.heic"), "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        TestSites.write(site, "content/models/a.md", """
                ---
                title: Mô hình có ảnh hỏng
                province: ha-tinh
                model_type: sinh-ke
                date: 2023-04-06
                summary: Tóm tắt.
                ---
                Đoạn đầu.

                Ảnh: ![Hộ dân](/assets/images/ho_dan.jpg)

                ![iPhone](/assets/images/iphone.heic)

                ![Ngoài](../../../etc/passwd)
                """);
        LoadResult checked = Portal.check(site);
        assertEquals(List.of(
                "content/models/a.md:10:6: không tìm thấy ảnh \"/assets/images/ho_dan.jpg\"; có phải \"ho-dan.jpg\"? (đặt ảnh trong assets/images/ "
                        + "hoặc cạnh bài viết; tên tệp phân biệt chữ hoa, chữ thường)",
                "content/models/a.md:12:1: ảnh \"/assets/images/iphone.heic\": ảnh ở định dạng HEIC (ảnh iPhone), trang web không dùng được định dạng này; "
                        + "mở ảnh bằng phần mềm xem ảnh và lưu lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, biểu đồ), rồi dùng tệp đó",
                "content/models/a.md:14:1: ảnh \"../../../etc/passwd\" nằm ngoài thư mục trang; đặt ảnh trong assets/images/ và ghi "
                        + "![mô tả ảnh](/assets/images/ten-anh.jpg)"),
                checked.errors().stream().map(Problem::toString).toList());
        Path out = tmp.resolve("public");
        assertFalse(Portal.build(site, out, null).built());
        assertFalse(Files.exists(out));
    }
}
