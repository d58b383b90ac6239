package vn.vinguoingheo.portal.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vinguoingheo.portal.TestSites;
import vn.vinguoingheo.portal.content.BodyImage;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.ImageRef;
import vn.vinguoingheo.portal.content.LoadResult;
import vn.vinguoingheo.portal.content.Problem;
import vn.vinguoingheo.portal.photo.TestPhotos;

/**
 * Where an entry's photos are looked for and what is said about them, with real image files:
 * {@code image:} is on line 6, column 8 of the story below; body images are on line 9.
 */
class EntryImagesTest {

    @TempDir
    Path tmp;

    private static final String STORY = """
            ---
            title: Tin có ảnh
            date: 2024-05-01
            summary: Một tin.
            sources: [{title: Báo}]
            image: %s
            image_alt: Người dân nhận bò giống
            ---
            %s
            """;

    private Path site;

    private LoadResult load(String image, String body, String... photos) throws Exception {
        site = TestSites.minimal(tmp);
        TestSites.write(site, "content/stories/tin.md", STORY.formatted(image, body));
        for (int i = 0; i < photos.length; i += 2) {
            Path file = site.resolve(photos[i]);
            Files.createDirectories(file.getParent());
            Files.write(file, photo(photos[i + 1]));
        }
        return ContentLoader.load(site);
    }

    /** "1600x1000", or "gps" for an upright phone photo with a position. */
    private static byte[] photo(String what) {
        if (what.equals("gps")) {
            return TestPhotos.phonePhoto(2000, 1500);
        }
        String[] size = what.split("x");
        return TestPhotos.plainPhoto(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static Entry entry(LoadResult result) {
        return result.content().entries().get(0);
    }

    @Test
    void aPhotoBesideItsEntryIsFoundThere() throws Exception {
        LoadResult result = load("anh.jpg", "Nội dung.", "content/stories/anh.jpg", "1600x1000");
        assertEquals(List.of(), problems(result));
        ImageRef image = entry(result).image();
        assertEquals(List.of("content/stories/anh.jpg", "anh.jpg", "false", "1600", "1000"),
                List.of(image.source(), image.fileName(), String.valueOf(image.inAssets()), String.valueOf(image.width()),
                        String.valueOf(image.height())));
    }

    @Test
    void aPhotoInAssetsIsFoundFromTheSiteRootWrittenEitherWay() throws Exception {
        for (String written : List.of("assets/images/bo.jpg", "/assets/images/bo.jpg")) {
            LoadResult result = load(written, "Nội dung.", "assets/images/bo.jpg", "1600x1000");
            assertEquals(List.of(), problems(result), written);
            ImageRef image = entry(result).image();
            assertEquals(List.of("assets/images/bo.jpg", "bo.jpg", "true"),
                    List.of(image.source(), image.fileName(), String.valueOf(image.inAssets())), written);
        }
    }

    @Test
    void aPhotoNarrowerThanATabletIsAWarningAndOneAsWideIsNot() throws Exception {
        assertEquals(List.of(), problems(load("a.jpg", "x", "content/stories/a.jpg", "960x600")));
        assertEquals(List.of("content/stories/tin.md:6:8: cảnh báo: ảnh \"a.jpg\" chỉ rộng 959 điểm ảnh, sẽ mờ trên màn hình lớn; "
                + "nên dùng ảnh rộng ít nhất 1600 điểm ảnh"), problems(load("a.jpg", "x", "content/stories/a.jpg", "959x600")));
    }

    @Test
    void aPhotoWithAPositionIsAWarningThatThePublishedCopiesHaveNone() throws Exception {
        LoadResult result = load("a.jpg", "x", "content/stories/a.jpg", "gps");
        assertEquals(List.of("content/stories/tin.md:6:8: cảnh báo: ảnh \"a.jpg\" có ghi vị trí GPS nơi chụp; bản đăng lên trang "
                + "đã được xoá vị trí và mọi thông tin máy ảnh, ảnh gốc không được đăng"), problems(result));
        // stored 2000 × 1500 and turned upright
        assertEquals(List.of(1500, 2000), List.of(entry(result).image().width(), entry(result).image().height()));
    }

    private static final String NOT_FOUND = " (đặt ảnh trong assets/images/ hoặc cạnh bài viết; tên tệp phân biệt chữ hoa, chữ thường)";

    @Test
    void aMissingPhotoNamesTheFileOfThatFolderWithTheSameLettersOrANearName() throws Exception {
        assertEquals(List.of("content/stories/tin.md:6:8: không tìm thấy ảnh \"Anh.JPG\"; có phải \"anh.jpg\"?" + NOT_FOUND),
                problems(load("Anh.JPG", "x", "content/stories/anh.jpg", "1600x1000")));
        assertEquals(List.of("content/stories/tin.md:6:8: không tìm thấy ảnh \"anhh.jpg\"; có phải \"anh.jpg\"?" + NOT_FOUND),
                problems(load("anhh.jpg", "x", "content/stories/anh.jpg", "1600x1000")));
        assertEquals(List.of("content/stories/tin.md:6:8: không tìm thấy ảnh \"hinh/x.jpg\"" + NOT_FOUND),
                problems(load("hinh/x.jpg", "x")));
    }

    @Test
    void aPhotoOutsideTheSiteIsRefusedHoweverItIsWritten() throws Exception {
        String outside = " nằm ngoài thư mục trang; đặt ảnh trong assets/images/ và ghi image: /assets/images/ten-anh.jpg";
        for (String written : List.of("../../../x.jpg", "/etc/x.jpg", "'C:\\anh\\x.jpg'")) {
            String shown = written.replace("'", "");
            assertEquals(List.of("content/stories/tin.md:6:8: ảnh \"" + shown + "\"" + outside), problems(load(written, "x")), written);
        }
    }

    @Test
    void aFileThatIsNotAWholePhotoIsRefusedAtItsValue() throws Exception {
        site = TestSites.minimal(tmp);
        TestSites.write(site, "content/stories/tin.md", STORY.formatted("hong.jpg", "x"));
        Files.write(site.resolve("content/stories/hong.jpg"), TestPhotos.truncated());
        List<String> problems = problems(ContentLoader.load(site));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(true, problems.get(0).startsWith("content/stories/tin.md:6:8: ảnh \"hong.jpg\": "), problems::toString);
    }

    @Test
    void bodyPhotosAreFoundAndJudgedByTheSameRulesAtTheirPlaceInTheBody() throws Exception {
        LoadResult result = load("anh.jpg", "Đầu.\n\n![Bò](/assets/images/bo.jpg) và ![Nhỏ](nho.jpg) và ![Mất](mat.jpg)",
                "content/stories/anh.jpg", "1600x1000", "assets/images/bo.jpg", "1600x1000", "content/stories/nho.jpg", "500x400");
        // line 9 is "Đầu.", line 11 the images: columns 1, 33 and 52
        assertEquals(List.of(
                "content/stories/tin.md:11:33: cảnh báo: ảnh \"nho.jpg\" chỉ rộng 500 điểm ảnh, sẽ mờ trên màn hình lớn; "
                        + "nên dùng ảnh rộng ít nhất 1600 điểm ảnh",
                "content/stories/tin.md:11:52: không tìm thấy ảnh \"mat.jpg\"" + NOT_FOUND), problems(result));
        List<BodyImage> found = entry(result).bodyImages();
        assertEquals(List.of("assets/images/bo.jpg true", "content/stories/nho.jpg false"),
                found.stream().map(b -> b.source() + " " + b.inAssets()).toList());
    }
}
