package vn.vinguoingheo.portal.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.cache.BuildCache;
import vn.vinguoingheo.portal.site.Visibility;
import vn.vinguoingheo.portal.timing.Phases;

/** {@code portal build}: checks the site and publishes it into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Kiểm tra và tạo trang vào thư mục đầu ra. Có lỗi thì không ghi gì, bản cũ giữ nguyên.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    CacheOptions cache;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục đầu ra. Mặc định: public/ trong thư mục trang.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Địa chỉ gốc cho lần tạo này, thay cho base_url trong site.yaml (bản xem trước).")
    URI baseUrl;

    @Option(names = "--drafts", description = "Đưa cả bài nháp (draft: true) vào bản tạo này.")
    boolean drafts;

    @Option(names = "--future", description = "Đưa cả bài có ngày đăng trong tương lai (hẹn giờ).")
    boolean future;

    @Option(names = "--timings", description = "In thời gian của từng bước (đọc, mô hình, Markdown, khuôn mẫu, ảnh chia sẻ, mã QR…).")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path site = options.siteDir();
        Path output = out == null ? Portal.defaultOutput(site) : out.toAbsolutePath().normalize();
        long start = System.nanoTime();
        if (timings) {
            Phases.enable();
        }
        try {
            Visibility visibility = new Visibility(drafts, future, Visibility.published().today());
            BuildCache buildCache = cache.open(site, spec.commandLine().getErr());
            Portal.BuildResult result = Portal.buildWith(site, output, new Portal.Options(baseUrl, visibility, buildCache));
            // editors' notes are for check; a build reports only what is wrong
            ProblemReport.print(result.problems().stream().filter(p -> !p.isNote()).toList(), spec.commandLine().getErr());
            if (!result.built()) {
                spec.commandLine().getErr().println("Chưa tạo trang: hãy sửa các lỗi trên. Bản đã đăng trước đó giữ nguyên.");
                return PortalCli.CONTENT_ERRORS;
            }
            if (result.unchanged()) {
                spec.commandLine().getOut().println("Không có thay đổi nào từ lần tạo trước; giữ nguyên " + output + ".");
                return PortalCli.OK;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("Đã tạo %d trang và tệp vào %s (%s giây).%n", result.pages(), output,
                    String.format(Locale.ROOT, "%.1f", seconds).replace('.', ','));
            if (timings) {
                spec.commandLine().getOut().println("Thời gian từng bước:");
                Phases.report().forEach(line -> spec.commandLine().getOut().println("  " + line));
                spec.commandLine().getOut().printf("  %s: %d hits, %d misses, %d damaged%n", buildCache, buildCache.hits(),
                        buildCache.misses(), buildCache.damaged());
            }
            return PortalCli.OK;
        } catch (Portal.BuildFailure e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().println("Chưa tạo trang. Bản đã đăng trước đó giữ nguyên.");
            return PortalCli.CONTENT_ERRORS;
        }
    }
}
