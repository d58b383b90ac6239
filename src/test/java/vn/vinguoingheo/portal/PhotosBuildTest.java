package vn.vinguoingheo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.photo.TestPhotos;
import vn.vinguoingheo.portal.site.Visibility;

/** Entries' photos through a whole build: cleaned copies, markup, share cards, errors, reuse. */
class PhotosBuildTest {

    @TempDir
    Path tmp;

    private static final String MODEL = """
            ---
            title: Nuôi bò sinh sản ở xã Tân Lập
            province: ha-tinh
            model_type: sinh-ke
            date: 2023-04-06
            summary: Tóm tắt.
            image: %s
            image_alt: Chị Lan bên chuồng bò
            image_caption: Chị Lan và đàn bò được hỗ trợ năm 2023.
            image_credit: Nguyễn Văn A
            ---
            Nội dung.
            """;

    private Path siteWithPhotos() throws IOException {
        Path site = TestSites.minimal(tmp);
        Files.createDirectories(site.resolve("assets/images"));
        Files.write(site.resolve("assets/images/ho-dan.jpg"), TestPhotos.phonePhoto(2400, 1800));
        TestSites.write(site, "content/models/nuoi-bo.md", MODEL.formatted("/assets/images/ho-dan.jpg"));
        Files.createDirectories(site.resolve("content/stories"));
        Files.write(site.resolve("content/stories/in-an.jpg"), TestPhotos.cmykJpeg(1200, 800));
        TestSites.write(site, "content/stories/tin.md", """
                ---
                title: Tin có ảnh in
                date: 2023-05-01
                summary: Tóm tắt.
                image: in-an.jpg
                image_alt: Tờ rơi in màu
                ---
                Nội dung.
                """);
        Files.createDirectories(site.resolve("content/decisions"));
        Files.write(site.resolve("assets/images/bieu-trung.png"), TestPhotos.transparentPng(1000, 1000));
        TestSites.write(site, "content/decisions/qd.md", """
                ---
                title: Quyết định có biểu trưng
                number: 1/QĐ-UBND
                issued: 2023-01-02
                issuer: UBND tỉnh
                summary: Kế hoạch.
                image: assets/images/bieu-trung.png
                image_alt: Biểu trưng phong trào
                ---
                Nội dung.
                """);
        return site;
    }

    @Test
    void everyPublishedImageIsACleanedResizedCopyAndNoOriginalIsPublished() throws Exception {
        Path site = siteWithPhotos();
        Path out = tmp.resolve("public");
        Portal.BuildResult result = Portal.build(site, out, null);
        assertTrue(result.built(), result.problems()::toString);
        // The GPS position is reported at the image: line, as a warning.
        assertTrue(result.problems().stream().map(Problem::toString).anyMatch(p -> p.equals(
                "content/models/nuoi-bo.md:7:8: cảnh báo: ảnh \"/assets/images/ho-dan.jpg\" có ghi vị trí GPS nơi chụp; bản đăng lên trang "
                        + "đã được xoá vị trí và mọi thông tin máy ảnh, ảnh gốc không được đăng")), result.problems()::toString);

        Map<String, String> images = images(out);
        assertEquals(List.of("assets/images/bieu-trung-1000-", "assets/images/bieu-trung-480-", "assets/images/bieu-trung-960-",
                        "assets/images/ho-dan-1600-", "assets/images/ho-dan-480-", "assets/images/ho-dan-960-",
                        "mo-hinh/nuoi-bo/anh-chia-se-", "tin-tuc/tin/in-an-1200-", "tin-tuc/tin/in-an-480-", "tin-tuc/tin/in-an-960-"),
                images.keySet().stream().filter(p -> !p.startsWith("anh-chia-se-") && !p.matches("(van-ban|tin-tuc)/[^/]+/anh-chia-se-.*"))
                        .map(p -> p.replaceAll("[0-9a-f]+\\.(jpg|png)$", "")).toList());
        for (Map.Entry<String, String> image : images.entrySet()) {
            List<String> blocks = metadataBlocks(out.resolve(image.getKey()));
            assertTrue(blocks.stream().noneMatch(b -> b.startsWith("Exif") || b.startsWith("GPS") || b.equals("XMP")
                    || b.equals("IPTC") || b.equals("JpegComment") || b.startsWith("ICC") || b.equals("Exif Thumbnail")),
                    image.getKey() + ": " + blocks);
        }
        try (Stream<Path> walk = Files.walk(out)) {
            assertTrue(walk.noneMatch(p -> p.getFileName().toString().matches("ho-dan\\.jpg|in-an\\.jpg|bieu-trung\\.png")));
        }
        BufferedImage portrait = ImageIO.read(out.resolve(find(images, "assets/images/ho-dan-1600-")).toFile());
        assertEquals(1600, portrait.getWidth());
        assertEquals(2133, portrait.getHeight());
        assertTrue(ImageIO.read(out.resolve(find(images, "assets/images/bieu-trung-480-")).toFile()).getColorModel().hasAlpha());
    }

    @Test
    void theMainPhotoHasEveryCopyInItsSrcsetItsSizeCaptionAndCredit() throws Exception {
        Path out = tmp.resolve("public");
        assertTrue(Portal.build(siteWithPhotos(), out, null).built());
        Document page = TestSites.page(out, "mo-hinh/nuoi-bo/");
        List<Element> photos = page.select("figure.entry-image img");
        assertEquals(1, photos.size());
        Element img = photos.get(0);
        String hash = img.attr("src").replaceAll(".*-([0-9a-f]{6})\\.jpg$", "$1");
        assertEquals("/assets/images/ho-dan-1600-" + hash + ".jpg", img.attr("src"));
        assertEquals("/assets/images/ho-dan-480-" + hash + ".jpg 480w, /assets/images/ho-dan-960-" + hash + ".jpg 960w, "
                + "/assets/images/ho-dan-1600-" + hash + ".jpg 1600w", img.attr("srcset"));
        assertEquals("(min-width: 54rem) 52rem, calc(100vw - 2rem)", img.attr("sizes"));
        assertEquals("1600", img.attr("width"));
        assertEquals("2133", img.attr("height"));
        assertEquals("high", img.attr("fetchpriority"));
        assertFalse(img.hasAttr("loading"), "the main photo is not lazy");
        assertEquals("Chị Lan bên chuồng bò", img.attr("alt"));
        assertEquals("Chị Lan và đàn bò được hỗ trợ năm 2023. Ảnh: Nguyễn Văn A", page.selectFirst("figure.entry-image figcaption").text());

        String card = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(card.matches("https://thu\\.example\\.vn/mo-hinh/nuoi-bo/anh-chia-se-[0-9a-f]{10}\\.jpg"), card);
        assertEquals("image/jpeg", page.selectFirst("meta[property=og:image:type]").attr("content"));
        assertEquals("Chị Lan bên chuồng bò – Nuôi bò sinh sản ở xã Tân Lập", page.selectFirst("meta[property=og:image:alt]").attr("content"));
        BufferedImage drawn = ImageIO.read(out.resolve(card.substring("https://thu.example.vn/".length())).toFile());
        assertEquals(1200, drawn.getWidth());
        assertEquals(630, drawn.getHeight());
        // Entries without a photo keep the drawn PNG card.
        Document decision = TestSites.page(out, "van-ban/qd/");
        assertEquals("image/jpeg", decision.selectFirst("meta[property=og:image:type]").attr("content"));
        Document home = TestSites.page(out, "");
        assertEquals("image/png", home.selectFirst("meta[property=og:image:type]").attr("content"));
    }

    @Test
    void aRebuildWithUnchangedPhotosTakesTheirCopiesFromThePreviousOutput() throws Exception {
        Path site = siteWithPhotos();
        Path out = tmp.resolve("public");
        assertTrue(Portal.build(site, out, null).built());
        Map<String, Object> before = inodes(out);
        TestSites.write(site, "content/models/khac.md", MODEL.replace("image: %s\n", "").replace("image_alt: Chị Lan bên chuồng bò\n", "")
                .replace("image_caption: Chị Lan và đàn bò được hỗ trợ năm 2023.\n", "").replace("image_credit: Nguyễn Văn A\n", ""));
        assertTrue(Portal.build(site, out, null).built());
        // The same files (hard links to them), not copies made again.
        Map<String, Object> after = inodes(out);
        before.forEach((file, inode) -> assertEquals(inode, after.get(file), file));
    }

    @Test
    void aBuildIntoAnotherFolderTakesThePhotosFromTheBuildCache() throws Exception {
        Path site = siteWithPhotos();
        BuildCache cache = BuildCache.open(tmp.resolve("cache"), BuildCache.DEFAULT_MAX_BYTES);
        Portal.Options options = new Portal.Options(null, Visibility.published(), cache);
        assertTrue(Portal.buildWith(site, tmp.resolve("one"), options).built());
        long hitsBefore = cache.hits();
        BuildCache again = BuildCache.open(tmp.resolve("cache"), BuildCache.DEFAULT_MAX_BYTES);
        assertTrue(Portal.buildWith(site, tmp.resolve("two"), new Portal.Options(null, Visibility.published(), again)).built());
        Map<String, String> one = images(tmp.resolve("one"));
        assertEquals(one.keySet(), images(tmp.resolve("two")).keySet());
        for (String image : one.keySet()) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("one").resolve(image), tmp.resolve("two").resolve(image)), image);
        }
        // Every photo copy (3 + 3 + 3) and the photo's share card came from the cache.
        assertTrue(again.hits() >= 10, "hits: " + again.hits() + " (first build: " + hitsBefore + ")");
    }

    @Test
    void badPhotosAreErrorsAtTheImageLineAndNothingIsPublished() throws Exception {
        Path site = TestSites.minimal(tmp);
        Files.createDirectories(site.resolve("assets/images"));
        Files.write(site.resolve("assets/images/cut.jpg"), TestPhotos.truncated());
        Files.write(site.resolve("assets/images/bom.png"), TestPhotos.bombPng(10_000, 8_000));
        Files.write(site.resolve("assets/images/iphone.heic"), "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(site.resolve("assets/images/ho-dan.jpg"), TestPhotos.plainPhoto(1000, 750));
        TestSites.write(site, "content/models/a.md", MODEL.formatted("/assets/images/cut.jpg"));
        TestSites.write(site, "content/models/b.md", MODEL.formatted("/assets/images/bom.png"));
        TestSites.write(site, "content/models/c.md", MODEL.formatted("/assets/images/iphone.heic"));
        TestSites.write(site, "content/models/d.md", MODEL.formatted("/assets/images/ho_dan.jpg"));
        TestSites.write(site, "content/models/e.md", MODEL.formatted("../../../../etc/passwd"));
        LoadResult checked = Portal.check(site);
        assertEquals(List.of(
                "content/models/a.md:7:8: ảnh \"/assets/images/cut.jpg\": tệp ảnh bị hỏng hoặc không trọn vẹn (có thể tải lên bị ngắt giữa chừng); "
                        + "lấy lại ảnh gốc, lưu lại dưới dạng JPEG rồi tải lên lại",
                "content/models/b.md:7:8: ảnh \"/assets/images/bom.png\": ảnh quá lớn: 10000 × 8000 điểm ảnh (80 megapixel), tối đa 50 megapixel; "
                        + "thu nhỏ ảnh (ví dụ rộng 3000 điểm ảnh) rồi lưu lại dưới dạng JPEG",
                "content/models/c.md:7:8: ảnh \"/assets/images/iphone.heic\": ảnh ở định dạng HEIC (ảnh iPhone), trang web không dùng được định dạng này; "
                        + "mở ảnh bằng phần mềm xem ảnh và lưu lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, biểu đồ), rồi dùng tệp đó",
                "content/models/d.md:7:8: không tìm thấy ảnh \"/assets/images/ho_dan.jpg\"; có phải \"ho-dan.jpg\"? (đặt ảnh trong assets/images/ "
                        + "hoặc cạnh bài viết; tên tệp phân biệt chữ hoa, chữ thường)",
                "content/models/e.md:7:8: ảnh \"../../../../etc/passwd\" nằm ngoài thư mục trang; đặt ảnh trong assets/images/ và ghi "
                        + "image: /assets/images/ten-anh.jpg"),
                checked.errors().stream().map(Problem::toString).toList());
        Path out = tmp.resolve("public");
        assertFalse(Portal.build(site, out, null).built());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPhotoThatOnlyFailsToDecodeStopsTheBuildAtItsImageLine() throws Exception {
        Path site = TestSites.minimal(tmp);
        Files.createDirectories(site.resolve("assets/images"));
        Files.write(site.resolve("assets/images/hong.jpg"), TestPhotos.damagedInside());
        TestSites.write(site, "content/models/a.md", MODEL.formatted("/assets/images/hong.jpg"));
        Path out = tmp.resolve("public");
        Portal.BuildResult result = Portal.build(site, out, null);
        assertFalse(result.built());
        List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/models/a.md:7:8: ảnh \"assets/images/hong.jpg\": tệp ảnh bị hỏng, không giải mã được"), errors.get(0));
        assertFalse(Files.exists(out));
    }

    /** Every JPEG and PNG of an output folder, by path, with its file name. */
    private static Map<String, String> images(Path out) throws IOException {
        Map<String, String> images = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(p -> p.toString().matches(".*\\.(jpe?g|png|gif)$"))
                    .forEach(p -> images.put(out.relativize(p).toString(), p.getFileName().toString()));
        }
        return images;
    }

    private static String find(Map<String, String> images, String prefix) {
        return images.keySet().stream().filter(p -> p.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<String> metadataBlocks(Path image) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(image.toFile());
        List<String> names = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            names.add(directory.getName());
        }
        return names;
    }

    private static Map<String, Object> inodes(Path out) throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        for (String image : images(out).keySet()) {
            if (!image.startsWith("anh-chia-se-")) {
                inodes.put(image, Files.getAttribute(out.resolve(image), "unix:ino"));
            }
        }
        return inodes;
    }
}
