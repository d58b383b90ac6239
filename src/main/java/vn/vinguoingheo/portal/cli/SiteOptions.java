package vn.vinguoingheo.portal.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "THƯ_MỤC", description = "Thư mục của trang (có content/). Mặc định: thư mục hiện tại.")
    Path site = Path.of(".");

    @Option(names = "--verbose", description = "In chi tiết khi có lỗi nội bộ.")
    boolean verbose;

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }
}
