package vn.vinguoingheo.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.vinguoingheo.portal.cache.BuildCache;

/** The build cache's options, shared by {@code build} and {@code serve}. */
final class CacheOptions {

    @Option(names = "--cache-dir", paramLabel = "THƯ_MỤC",
            description = "Thư mục bộ nhớ đệm (ảnh chia sẻ, mã QR, Markdown đã chuyển…), giữ giữa các lần tạo, "
                    + "kể cả khi thư mục đầu ra bị xoá. Mặc định: " + BuildCache.DEFAULT_DIR + "/ trong thư mục trang.")
    Path dir;

    @Option(names = "--cache-limit", paramLabel = "MB", defaultValue = "2048",
            description = "Dung lượng tối đa của bộ nhớ đệm, tính bằng MB (mặc định: ${DEFAULT-VALUE}); "
                    + "quá mức thì xoá các mục lâu không dùng.")
    long limitMegabytes;

    @Option(names = "--no-cache", description = "Không dùng bộ nhớ đệm: vẽ lại mọi thứ (kết quả vẫn giống hệt).")
    boolean none;

    /** The cache these options ask for; none, with a warning, when its folder cannot be used. */
    BuildCache open(Path site, PrintWriter err) {
        if (none) {
            return BuildCache.none();
        }
        Path folder = dir == null ? site.resolve(BuildCache.DEFAULT_DIR) : dir.toAbsolutePath().normalize();
        try {
            return BuildCache.open(folder, Math.max(1, limitMegabytes) * 1024 * 1024);
        } catch (IOException | RuntimeException e) {
            err.println("Cảnh báo: không dùng được thư mục bộ nhớ đệm " + folder + " (" + e.getMessage()
                    + "); tạo trang không dùng bộ nhớ đệm.");
            return BuildCache.none();
        }
    }
}
