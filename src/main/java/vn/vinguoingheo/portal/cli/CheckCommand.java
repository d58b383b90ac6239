package vn.vinguoingheo.portal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vinguoingheo.portal.Portal;
import vn.vinguoingheo.portal.content.LoadResult;

/**
 * {@code portal check}: reports every problem of a site without writing anything, including pages
 * of the last build in the output folder that would disappear.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra toàn bộ nội dung, in mọi lỗi dạng tệp:dòng:cột: thông báo. Không ghi tệp nào.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--out", paramLabel = "THƯ_MỤC",
            description = "Thư mục đã đăng lần trước, để báo trang nào sẽ mất. Mặc định: public/ trong thư mục trang.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path site = options.siteDir();
        LoadResult result = Portal.check(site, out == null ? Portal.defaultOutput(site) : out.toAbsolutePath().normalize());
        ProblemReport.print(result.problems(), spec.commandLine().getErr());
        if (result.hasErrors()) {
            return PortalCli.CONTENT_ERRORS;
        }
        var content = result.content();
        spec.commandLine().getOut().printf("Nội dung hợp lệ: %d bài viết, %d số liệu.%n",
                content.entries().size(), content.results().size());
        return PortalCli.OK;
    }
}
