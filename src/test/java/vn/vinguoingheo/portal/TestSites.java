package vn.vinguoingheo.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fixture sites for tests: copied from {@code src/test/resources/sites/} into a temporary folder. */
public final class TestSites {

    private TestSites() {
    }

    /** Copies the named fixture site into {@code dir}/site and returns that folder. */
    public static Path copy(String name, Path dir) {
        try {
            Path source = Path.of(TestSites.class.getResource("/sites/" + name).toURI());
            Path target = dir.resolve("site");
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the named fixture site into {@code dir}/site, builds it into {@code dir}/public and returns that folder. */
    public static Path built(String name, Path dir) throws Portal.BuildFailure {
        Path out = dir.resolve("public");
        Portal.BuildResult result = Portal.build(copy(name, dir), out, null);
        if (!result.built()) {
            throw new AssertionError("fixture " + name + " does not build: " + result.problems());
        }
        return out;
    }

    /** The built page at {@code path} ("ket-qua/", "" for the home page) of an output folder, parsed. */
    public static Document page(Path output, String path) throws IOException {
        return Jsoup.parse(output.resolve(path + "index.html").toFile(), "UTF-8");
    }

    /** A site with only a site.yaml, to which a test adds the files it is about. */
    public static Path minimal(Path dir) {
        Path site = dir.resolve("site");
        write(site, "content/site.yaml", "title: Thử\nbase_url: https://thu.example.vn/\n");
        return site;
    }

    /**
     * A site of {@code count} generated models, the same every time: model {@code i} is titled
     * "Mô hình thử số i" and its body is 300 words drawn from everyday Vietnamese syllables.
     */
    public static Path generated(Path dir, int count) {
        Path site = minimal(dir);
        String[] syllables = ("hộ nghèo cận thoát vươn lên làm giàu vốn vay ưu đãi ngân hàng chính sách xã hội "
                + "bò giống heo gà vịt cá tôm lúa ngô sắn cà phê hồ tiêu chè rau sạch nấm mật ong đan thảm lục "
                + "bình dệt chiếu lưới may mặc nghề mộc rèn gốm sứ du lịch cộng đồng homestay nhà tình thương đại "
                + "đoàn kết học bổng trường lớp y tế bảo hiểm nước sạch điện đường giao thông nông thôn mới hợp tác "
                + "tổ nhóm phụ nữ thanh niên cựu chiến binh nông dân mặt trận tổ quốc khuyến nông chuyển đổi số "
                + "sản phẩm ocop đầu ra liên kết doanh nghiệp thu nhập việc làm lao động xuất khẩu tập huấn kỹ thuật")
                .split(" ");
        Random random = new Random(8);
        for (int i = 0; i < count; i++) {
            List<String> body = new ArrayList<>();
            for (int w = 0; w < 300; w++) {
                body.add(syllables[random.nextInt(syllables.length)]);
            }
            write(site, "content/models/thu-" + i + ".md", "---\ntitle: Mô hình thử số " + i + "\nprovince: ha-tinh\n"
                    + "model_type: sinh-ke\ndate: 2024-01-01\nsummary: Mô hình sinh ra để thử chỉ mục lớn.\n---\n"
                    + String.join(" ", body) + ".\n");
        }
        return site;
    }

    public static Path write(Path site, String relative, String text) {
        try {
            Path file = site.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
